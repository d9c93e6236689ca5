using System.Security.Claims;
using DurhamCms.ContentManagement;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Users;
using DurhamCms.Workflows;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Workflows;

/// <summary>Shortcuts for workflow tests: act as a user, write a status update, take a transition.</summary>
public static class WorkflowTestSite
{
    public const string UpdateType = "StatusUpdate";

    public static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string userName)
    {
        var users = services.GetRequiredService<UserManager<CmsUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}.");
        return await services.GetRequiredService<IUserClaimsPrincipalFactory<CmsUser>>().CreateAsync(user);
    }

    /// <summary>A new draft status update for initiative 3.11 owned by <paramref name="owner"/> (a copy of the seeded one with new text).</summary>
    public static Task<string> NewUpdateAsync(this TestSite site, string owner, string doing) => site.InScopeAsync(async sp =>
    {
        var contentManager = sp.GetRequiredService<IContentManager>();
        var users = sp.GetRequiredService<UserManager<CmsUser>>();
        var user = await users.FindByNameAsync(owner) ?? throw new InvalidOperationException($"No user {owner}.");
        var seeded = await contentManager.GetAsync(SeededPlan.Update311) ?? throw new InvalidOperationException("No seeded update.");
        var copy = await contentManager.CloneAsync(seeded);
        copy.Owner = user.Id;
        copy.Author = owner;
        copy.GetOrCreatePartJson(UpdateType)["WhatWeHaveBeenDoing"] = new System.Text.Json.Nodes.JsonObject { ["Html"] = $"<p>{doing}</p>" };
        var result = await contentManager.UpdateAsync(copy);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ToString())));
        return copy.ContentItemId;
    });

    public static Task<TransitionResult> TransitionAsync(this TestSite site, string userName, string contentItemId, string transition, string? comment = null, DateTime? publishAtUtc = null, DateTime? unpublishAtUtc = null) =>
        site.InScopeAsync(async sp =>
        {
            var item = await sp.GetRequiredService<IContentManager>().GetAsync(contentItemId, VersionOptions.Latest)
                ?? throw new InvalidOperationException($"No item {contentItemId}.");
            return await sp.GetRequiredService<IEditorialWorkflow>().ApplyAsync(
                item,
                new TransitionRequest(transition) { Comment = comment, PublishAtUtc = publishAtUtc, UnpublishAtUtc = unpublishAtUtc },
                await PrincipalAsync(sp, userName));
        });

    public static Task<IReadOnlyList<string>> TransitionNamesAsync(this TestSite site, string userName, string contentItemId) =>
        site.InScopeAsync<IReadOnlyList<string>>(async sp =>
        {
            var item = await sp.GetRequiredService<IContentManager>().GetAsync(contentItemId, VersionOptions.Latest)
                ?? throw new InvalidOperationException($"No item {contentItemId}.");
            var transitions = await sp.GetRequiredService<IEditorialWorkflow>().GetTransitionsAsync(item, await PrincipalAsync(sp, userName));
            return transitions.Select(t => t.Name).ToList();
        });

    public static Task<EditorialStatus?> StatusAsync(this TestSite site, string contentItemId) =>
        site.InScopeAsync(async sp =>
        {
            var item = await sp.GetRequiredService<IContentManager>().GetAsync(contentItemId, VersionOptions.Latest)
                ?? throw new InvalidOperationException($"No item {contentItemId}.");
            return await sp.GetRequiredService<IEditorialWorkflow>().GetStatusAsync(item);
        });

    /// <summary>The cookie scheme answers a refused admin request with a redirect to the access-denied page.</summary>
    public static void AssertAccessDenied(HttpResponseMessage response)
    {
        Assert.True(
            response.StatusCode == System.Net.HttpStatusCode.Forbidden
            || (response.StatusCode == System.Net.HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/access-denied", StringComparison.Ordinal) == true),
            $"expected access denied, got {(int)response.StatusCode} {response.Headers.Location}");
    }
}
