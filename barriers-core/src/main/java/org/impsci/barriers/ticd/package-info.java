/**
 * The TICD checklist of determinants of practice: {@link org.impsci.barriers.ticd.TicdFrameworks}.
 */
package org.impsci.barriers.ticd;
