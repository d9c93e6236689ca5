using DurhamCms.Cluster;
using DurhamCms.Setup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DurhamCms.Hosting;

/// <summary>
/// What a load balancer asks: <c>/health</c> (set up, database answers; "Degraded: …" when an
/// <see cref="IDegradationCheck"/> fails), <c>/health/live</c> (the
/// process answers: restart it if not) and <c>/health/ready</c> (send it traffic: database, setup,
/// cluster bus and every module's <see cref="IReadinessCheck"/>; 200 but "degraded" when an
/// optional <see cref="IDegradationCheck"/> fails). Never cached, no content.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (SiteSetup setup, IEnumerable<IDegradationCheck> degradations, CancellationToken ct) =>
        {
            if (!await setup.IsSetUpAsync(ct))
            {
                return Results.Text("Not set up", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            // 200 either way: a degraded site still serves residents; the text tells the operator what to fix.
            var degraded = Degradations(degradations);
            return degraded.Count == 0 ? Results.Text("Healthy") : Results.Text("Degraded: " + string.Join("; ", degraded));
        });
        endpoints.MapGet("/health/live", () => Results.Text("Live"));
        endpoints.MapGet("/health/ready", async (SiteSetup setup, IClusterBus bus, IEnumerable<IReadinessCheck> checks, IEnumerable<IDegradationCheck> degradations, CancellationToken ct) =>
        {
            var problems = new List<string>();
            if (!await setup.IsSetUpAsync(ct))
            {
                problems.Add("the database does not answer or the site is not set up");
            }
            else
            {
                if (!bus.IsConnected)
                {
                    problems.Add("the cluster bus is not connected");
                }

                foreach (var check in checks)
                {
                    if (await check.ProblemAsync(ct) is { } problem)
                    {
                        problems.Add(problem);
                    }
                }
            }

            if (problems.Count > 0)
            {
                return Results.Text("Not ready: " + string.Join("; ", problems), statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            // Still 200: what is missing is optional, and taking the node out would not bring it back.
            var degraded = Degradations(degradations);
            return degraded.Count == 0 ? Results.Text("Ready") : Results.Text("Ready, degraded: " + string.Join("; ", degraded));
        });
        return endpoints;
    }

    private static List<string> Degradations(IEnumerable<IDegradationCheck> checks) => checks.Select(d => d.Degradation).OfType<string>().ToList();
}
