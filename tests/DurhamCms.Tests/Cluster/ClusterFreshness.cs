using System.Globalization;

namespace DurhamCms.Tests.Cluster;

/// <summary>
/// The 1 s bound from a publish to every node showing it, for the cluster and Redis tests;
/// DURHAMCMS_CLUSTER_FRESHNESS_SECONDS widens it on a machine shared with other work.
/// </summary>
internal static class ClusterFreshness
{
    public static readonly double BoundSeconds =
        double.TryParse(Environment.GetEnvironmentVariable("DURHAMCMS_CLUSTER_FRESHNESS_SECONDS"), CultureInfo.InvariantCulture, out var bound) ? bound : 1.0;
}
