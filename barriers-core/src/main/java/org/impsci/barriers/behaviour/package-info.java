/**
 * TDF v2, COM-B and the Behaviour Change Wheel, and the links from TDF or COM-B barriers to
 * intervention functions: {@link org.impsci.barriers.behaviour.BehaviourChangeWheel}.
 */
package org.impsci.barriers.behaviour;
