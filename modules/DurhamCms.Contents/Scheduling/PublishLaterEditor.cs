using DurhamCms.Contents.Admin.Editors;
using DurhamCms.Publishing;
using DurhamCms.Security;
using DurhamCms.Time;
using Microsoft.AspNetCore.Authorization;

namespace DurhamCms.Contents.Scheduling;

/// <summary>
/// The editor's "Publish later" for types with Orchard's PublishLaterPart that publish directly
/// (no workflow): a time and a button beside Publish. The time goes into the part, and
/// <see cref="PublishLaterHandler"/> schedules it when the draft is stored.
/// </summary>
internal sealed class PublishLaterEditor(IContentPublishingPolicy publishing, IAuthorizationService authorization, TimeProvider clock, ILocalClock localClock)
    : IContentEditorPanel, IContentSaveContributor
{
    public const string Command = "publish-later";

    public async Task<IReadOnlyList<EditorPanel>> BuildAsync(EditorPanelContext context)
    {
        if (!await AppliesAsync(context.Item, context.Type, context.User))
        {
            return [];
        }

        var zone = await localClock.GetTimeZoneAsync();
        var scheduled = context.Item.Published ? null : PublishLaterHandler.ReadTime(context.Item);
        var value = context.Form?[EditorFormNames.PublishAtUtc].ToString() ?? (scheduled is { } at ? zone.InputValue(at) : null);
        var model = new PublishLaterPanelModel(value, scheduled > clock.GetUtcNow().UtcDateTime ? scheduled : null, zone);
        return
        [
            new EditorPanel(EditorPanelZone.Status, "~/Views/PublishLater/_Status.cshtml", model),
            new EditorPanel(EditorPanelZone.Form, "~/Views/PublishLater/_Field.cshtml", model),
            new EditorPanel(EditorPanelZone.Buttons, "~/Views/PublishLater/_Button.cshtml", model),
        ];
    }

    public async Task BeforeSaveAsync(ContentSaveContext context)
    {
        if (context.Command != Command)
        {
            return;
        }

        if (!await AppliesAsync(context.Item, context.Type, context.User))
        {
            context.Veto(EditorFormNames.PublishAtUtc, "This item cannot be scheduled: you may not publish it, or it goes live through its review steps.");
            return;
        }

        var zone = await localClock.GetTimeZoneAsync();
        var (time, error) = PublishTimeInput.Read(context.Form[EditorFormNames.PublishAtUtc], "The publish time", zone);
        if (error is not null)
        {
            context.Veto(EditorFormNames.PublishAtUtc, error);
        }
        else if (time is not { } at)
        {
            context.Veto(EditorFormNames.PublishAtUtc, "Choose when to publish it: the publish time is empty.");
        }
        else if (at <= clock.GetUtcNow().UtcDateTime)
        {
            context.Veto(EditorFormNames.PublishAtUtc, $"The publish time {zone.Stamp(at)} has passed; choose a time in the future.");
        }
        else
        {
            context.Item.GetOrCreatePartJson(PublishLaterHandler.PartName)[PublishLaterHandler.TimeProperty] = at;
        }
    }

    public async Task AfterSaveAsync(ContentSaveContext context)
    {
        if (context.Command == Command && PublishLaterHandler.ReadTime(context.Item) is { } at)
        {
            var name = context.Item.DisplayText is { Length: > 0 } text ? text : context.Type.DisplayName;
            context.Done($"Saved: {name}. It will be published at {(await localClock.GetTimeZoneAsync()).Stamp(at)}.");
        }
    }

    private async Task<bool> AppliesAsync(ContentManagement.ContentItem item, ContentManagement.Metadata.ContentTypeDefinition type, System.Security.Claims.ClaimsPrincipal user) =>
        type.Parts.Any(p => string.Equals(p.PartName, PublishLaterHandler.PartName, StringComparison.Ordinal))
        && await publishing.PublishesDirectlyAsync(type.Name)
        && await authorization.AuthorizeAsync(user, ContentPermissions.PublishOwn(type.Name), item);
}

/// <summary>The publish-later field's value (as typed, or the stored time on the site's clock), the pending time, if any, and the zone both are in.</summary>
public sealed record PublishLaterPanelModel(string? Value, DateTime? ScheduledUtc, SiteTimeZone Zone);
