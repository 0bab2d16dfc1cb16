/**
 * ERIC implementation strategies, their clusters and ratings, and the matching of CFIR barriers to
 * strategies: {@link org.impsci.barriers.strategy.EndorsementReader} reads an endorsement table,
 * {@link org.impsci.barriers.strategy.StrategyMatcher} ranks strategies for chosen barriers.
 */
package org.impsci.barriers.strategy;
