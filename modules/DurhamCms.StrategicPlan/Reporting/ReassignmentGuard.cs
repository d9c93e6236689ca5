using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Contents.Admin.Editors;
using DurhamCms.Security;
using Microsoft.AspNetCore.Authorization;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>
/// In the content editor, only those who hold <see cref="ReportingPermissions.AssignReporting"/>
/// change who owns and reports an item: an owner or reporter may edit its drafts, but not hand it
/// on or add themselves to another's.
/// </summary>
public sealed class ReassignmentGuard(IContentManager contents, IAuthorizationService authorization) : IContentSaveContributor
{
    public async Task BeforeSaveAsync(ContentSaveContext context)
    {
        var edited = context.Item.GetPartJson(ReportingPart.Name);
        if (edited is null)
        {
            return;
        }

        var stored = context.IsNew ? null : (await contents.GetAsync(context.Item.ContentItemId, VersionOptions.Latest))?.GetPartJson(ReportingPart.Name);
        if (SameAssignees(edited, stored) || await authorization.AuthorizeAsync(context.User, ReportingPermissions.AssignReporting))
        {
            return;
        }

        context.Veto($"{ReportingPart.Name}.{ReportingPart.Owner}", "Only an Editor or an Administrator changes who owns and reports this item; your other changes were not saved either. Put back the owner and reporters as they were, or ask an Editor.");
    }

    public Task AfterSaveAsync(ContentSaveContext context) => Task.CompletedTask;

    private static bool SameAssignees(JsonObject edited, JsonObject? stored) =>
        Names(edited, ReportingPart.Owner).SetEquals(Names(stored, ReportingPart.Owner))
        && Names(edited, ReportingPart.Reporters).SetEquals(Names(stored, ReportingPart.Reporters));

    // The editor posts names (and keeps the stored field when they did not change), an import ids:
    // both are compared, case-blind, so an untouched field never counts as a change.
    private static HashSet<string> Names(JsonObject? part, string field)
    {
        var values = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (part?[field] is not JsonObject value)
        {
            return values;
        }

        var list = value["UserIds"] is JsonArray { Count: > 0 } ids ? ids : value["UserNames"] as JsonArray;
        foreach (var node in list ?? [])
        {
            if (node?.GetValueKind() == System.Text.Json.JsonValueKind.String && node.GetValue<string>() is { Length: > 0 } s)
            {
                values.Add(s);
            }
        }

        return values;
    }
}
