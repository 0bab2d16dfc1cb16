/** Internal consistency of scales: Cronbach's alpha and item statistics. */
package org.impsci.assessment.reliability;
