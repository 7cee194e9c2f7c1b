/**
 * What several instances of the application behind a load balancer on one PostgreSQL agree on
 * through the database, and nothing else (ADR 0005, 0027): cache epochs, so a change made on one
 * instance invalidates the caches of all within a second ({@link CacheEpochs}), and scheduled jobs
 * that run once per slot across instances ({@link ScheduledRuns}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.thidua.cluster;
