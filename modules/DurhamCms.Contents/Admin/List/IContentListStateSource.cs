namespace DurhamCms.Contents.Admin.List;

/// <summary>
/// A module's states for the content list (a workflow's "In review", "Approved"...): options of
/// the State filter, the items in each, and the label in each row's State column beside its
/// publication. The list itself knows only draft and published.
/// </summary>
public interface IContentListStateSource
{
    /// <summary>The filter's options, in the order editors know them.</summary>
    Task<IReadOnlyList<FilterOption>> GetStatesAsync();

    /// <summary>Ids of the items in one of <see cref="GetStatesAsync"/>'s states (at most <paramref name="max"/>); null when the state is not this source's.</summary>
    Task<IReadOnlyCollection<string>?> ListInStateAsync(string state, int max);

    /// <summary>The state label of each item that has one, by content item id.</summary>
    Task<IReadOnlyDictionary<string, string>> GetLabelsAsync(IReadOnlyCollection<string> contentItemIds);
}
