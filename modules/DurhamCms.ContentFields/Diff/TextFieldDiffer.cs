using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.ContentFields.Diff;

/// <summary>A choice from a list is one value; free text of several words is compared word by word.</summary>
public sealed class TextFieldDiffer : ContentFieldDiffer<TextField>
{
    protected override IReadOnlyList<ComparableValue> Read(TextField field, ContentPartFieldDefinition definition)
    {
        var isChoice = string.Equals(definition.GetSettings<ContentPartFieldSettings>().Editor, TextFieldPredefinedListEditorSettings.EditorName, StringComparison.OrdinalIgnoreCase);
        return [isChoice ? ComparableValue.Value(field.Text) : FieldText.Compared(field.Text)];
    }
}
