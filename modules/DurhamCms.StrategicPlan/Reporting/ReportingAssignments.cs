using DurhamCms.ContentManagement;
using DurhamCms.StrategicPlan.Models;
using DurhamCms.Users;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>A reassignment asked for: the owner's and reporters' user names as typed.</summary>
public sealed record ReassignmentRequest(IReadOnlyList<string> ContentItemIds, string OwnerName, string ReporterNames);

/// <summary>What a reassignment did, or why it did nothing (each problem names what and where).</summary>
public sealed record ReassignmentResult(int Changed, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Hands initiatives and key measures, one or many, to an owner and reporters. The assignment is
/// written into the latest version and, when another version is live, into that one too: who
/// reports is the city's bookkeeping, not text residents read, so it waits for no review.
/// </summary>
public sealed class ReportingAssignments(IContentManager contents, IUserDirectory users)
{
    public static readonly IReadOnlyList<string> Types = [PlanContent.Initiative.Type, PlanContent.KeyMeasure.Type];

    public async Task<ReassignmentResult> AssignAsync(ReassignmentRequest request)
    {
        var problems = new List<string>();
        if (request.ContentItemIds.Count == 0)
        {
            problems.Add("Choose at least one initiative or key measure to reassign.");
        }

        UserSummary? owner = null;
        if (string.IsNullOrWhiteSpace(request.OwnerName))
        {
            problems.Add("Owner: type the user name of the person who will own the reporting.");
        }
        else if ((owner = await users.FindByNameAsync(request.OwnerName.Trim())) is null)
        {
            problems.Add($"Owner: no user is named '{request.OwnerName.Trim()}'.");
        }

        var reporters = new List<string>();
        foreach (var name in request.ReporterNames.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (await users.FindByNameAsync(name) is { } reporter)
            {
                reporters.Add(reporter.Id);
            }
            else
            {
                problems.Add($"Reporters: no user is named '{name}'.");
            }
        }

        var items = (await contents.GetManyAsync(request.ContentItemIds, VersionOptions.Latest)).ToList();
        foreach (var missing in request.ContentItemIds.Except(items.Select(i => i.ContentItemId), StringComparer.Ordinal))
        {
            problems.Add($"No item has the id '{missing}'; it may have been deleted.");
        }

        foreach (var item in items.Where(i => !Types.Contains(i.ContentType, StringComparer.Ordinal)))
        {
            problems.Add($"'{item.DisplayText}' is a {item.ContentType}; only initiatives and key measures have owners and reporters.");
        }

        if (problems.Count > 0 || owner is null)
        {
            return new ReassignmentResult(0, problems);
        }

        var changed = 0;
        foreach (var item in items)
        {
            var refused = await AssignAsync(item, owner.Id, reporters);
            if (refused is null && !item.Published && await contents.GetAsync(item.ContentItemId, VersionOptions.Published) is { } live)
            {
                refused = await AssignAsync(live, owner.Id, reporters);
            }

            if (refused is null)
            {
                changed++;
            }
            else
            {
                problems.Add(refused);
            }
        }

        return new ReassignmentResult(changed, problems);
    }

    /// <summary>Null when stored; else why not, naming the item (a stored version that no longer validates).</summary>
    private async Task<string?> AssignAsync(ContentItem item, string ownerId, IReadOnlyList<string> reporterIds)
    {
        ReportingPart.Assign(item, ownerId, reporterIds);
        var result = await contents.UpdateAsync(item);
        return result.Succeeded ? null : $"'{item.DisplayText}' was not reassigned: {string.Join("; ", result.Errors.Select(e => e.Message))}";
    }
}
