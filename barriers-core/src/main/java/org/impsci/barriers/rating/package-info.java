/**
 * Construct ratings in the manner of Damschroder and Lowery 2013 (doi:10.1186/1748-5908-8-51): a
 * rating per site and construct, the construct-by-site matrix, distinguishing constructs between
 * high- and low-implementation sites, agreement between two coders, and CSV import.
 */
package org.impsci.barriers.rating;
