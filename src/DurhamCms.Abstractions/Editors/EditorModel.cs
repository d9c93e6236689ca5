namespace DurhamCms.Editors;

/// <summary>
/// What every editor partial shows besides its value: the label, the hint, and the messages
/// beside the field, tied to the input with aria-describedby.
/// </summary>
public class EditorModel
{
    public EditorModel(EditorContext context, string focusProperty)
    {
        Context = context;
        Label = context.Label;
        FocusId = context.IdFor(focusProperty);
        Errors = context.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal).ToList();
    }

    public EditorContext Context { get; }

    public string Label { get; init; }

    public string? Hint { get; init; }

    public bool Required { get; init; }

    /// <summary>The id of the main input: the label's target and the error summary's link.</summary>
    public string FocusId { get; }

    public IReadOnlyList<string> Errors { get; }

    public bool HasErrors => Errors.Count > 0;

    public string HintId => FocusId + "-hint";

    public string ErrorId => FocusId + "-error";

    /// <summary>The ids of the hint and the messages, for aria-describedby; null when there are none.</summary>
    public string? DescribedBy
    {
        get
        {
            var ids = new List<string>(2);
            if (!string.IsNullOrWhiteSpace(Hint))
            {
                ids.Add(HintId);
            }

            if (HasErrors)
            {
                ids.Add(ErrorId);
            }

            return ids.Count == 0 ? null : string.Join(' ', ids);
        }
    }

    public string NameFor(string property) => Context.NameFor(property);

    public string IdFor(string property) => Context.IdFor(property);
}

/// <summary>The common case: one text value (of a text box, a number, a date...).</summary>
public class ValueEditorModel(EditorContext context, string property, string? value) : EditorModel(context, property)
{
    public string Property { get; } = property;

    public string? Value { get; } = value;

    public string Name => NameFor(Property);

    public string Id => IdFor(Property);
}
