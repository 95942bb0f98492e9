/**
 * Running on one node of a cluster at a time: database leases for scheduled work. Depends
 * on no other feature.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dev.firebreak.cluster;
