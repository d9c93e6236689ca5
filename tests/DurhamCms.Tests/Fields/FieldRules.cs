using System.Text.Json.Nodes;
using DurhamCms.ContentFields.Handlers;
using DurhamCms.ContentFields.Validation;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.Tests.Fields;

/// <summary>
/// Validates one field of an "Initiative" item against definitions built in memory, through the
/// same handler the content manager calls. For rules that need no stored content.
/// </summary>
public static class FieldRules
{
    private static readonly ContentFieldValidationHandler Handler = new(
    [
        new TextFieldValidator(), new NumericFieldValidator(), new DateFieldValidator(), new DateTimeFieldValidator(),
        new LinkFieldValidator(), new MultiTextFieldValidator(), new TimeFieldValidator(),
    ]);

    /// <summary>The errors for field "Initiative.{name}" of <paramref name="fieldType"/>, with the given settings objects.</summary>
    public static async Task<IReadOnlyList<ContentValidationError>> ValidateAsync(
        string fieldType, string name, string displayName, string? fieldJson, params object[] settings)
    {
        var fieldSettings = new JsonObject
        {
            [nameof(ContentPartFieldSettings)] = new JsonObject { [nameof(ContentPartFieldSettings.DisplayName)] = displayName },
        };
        foreach (var setting in settings)
        {
            SettingsMerge.Merge(fieldSettings, new JsonObject { [setting.GetType().Name] = ContentJson.FromObject(setting) });
        }

        var part = new ContentPartDefinition("Initiative", [], [new ContentPartFieldDefinition(name, fieldType, fieldSettings)]);
        var type = new ContentTypeDefinition("Initiative", "Initiative", [], [new ContentTypePartDefinition("Initiative", part, [])]);
        var item = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = "Initiative" };
        if (fieldJson is not null)
        {
            item.GetOrCreatePartJson("Initiative")[name] = JsonNode.Parse(fieldJson);
        }

        var result = new ContentValidationResult();
        await Handler.ValidatingAsync(new ValidateContentContext(item, type, result));
        return result.Errors;
    }

    public static void AssertOnlyError(IReadOnlyList<ContentValidationError> errors, string member, string message)
    {
        var error = Assert.Single(errors);
        Assert.Equal(member, error.Member);
        Assert.Equal(message, error.Message);
    }
}
