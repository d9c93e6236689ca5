using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Documents;
using DurhamCms.Recipes;
using DurhamCms.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Recipes;

public sealed class RecipeStepTests
{
    private const string Initiative = """
        { "name": "ContentDefinition",
          "ContentTypes": [ { "Name": "Initiative", "DisplayName": "Initiative",
            "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
            "ContentTypePartDefinitionRecords": [
              { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
              { "PartName": "Initiative", "Name": "Initiative", "Settings": { "ContentTypePartSettings": { "Position": "1" } } } ] } ],
          "ContentParts": [ { "Name": "Initiative", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "TextField", "Name": "Number", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Number", "Position": "0" } } },
            { "FieldName": "TextField", "Name": "Lead", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Lead", "Position": "1" } } } ] } ] }
        """;

    [Fact]
    public async Task ContentDefinition_merges_settings_and_adds_parts_and_fields_without_removing_any()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        await site.RunAsync($$"""{ "steps": [ {{Initiative}} ] }""");

        await site.RunAsync("""
            { "steps": [ { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "Initiative", "DisplayName": "Strategic initiative",
                "Settings": { "ContentTypeSettings": { "Listable": false, "Draftable": true } },
                "ContentTypePartDefinitionRecords": [ { "PartName": "AutoroutePart", "Name": "AutoroutePart" } ] } ],
              "ContentParts": [ { "Name": "Initiative", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Lead", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Lead department" } } },
                { "FieldName": "NumericField", "Name": "Budget" } ] } ] } ] }
            """);

        await site.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            var type = (await definitions.GetTypeDefinitionAsync("Initiative"))!;
            Assert.Equal("Strategic initiative", type.DisplayName);
            var settings = type.TypeSettings;
            Assert.Equal((true, false, true), (settings.Creatable, settings.Listable, settings.Draftable));
            Assert.Equal(["TitlePart", "Initiative", "AutoroutePart"], type.Parts.Select(p => p.Name));
            Assert.NotNull(await definitions.GetPartDefinitionAsync("AutoroutePart"));

            var part = (await definitions.GetPartDefinitionAsync("Initiative"))!;
            Assert.Equal(["Number", "Lead", "Budget"], part.Fields.Select(f => f.Name));
            var lead = part.Fields.Single(f => f.Name == "Lead").GetSettings<ContentPartFieldSettings>();
            Assert.Equal(("Lead department", "1"), (lead.DisplayName, lead.Position));
        });
    }

    [Fact]
    public async Task ReplaceContentDefinition_removes_what_it_does_not_list_and_replaces_settings()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        await site.RunAsync($$"""{ "steps": [ {{Initiative}} ] }""");

        await site.RunAsync("""
            { "steps": [ { "name": "ReplaceContentDefinition",
              "ContentTypes": [ { "Name": "Initiative",
                "Settings": { "ContentTypeSettings": { "Draftable": true } },
                "ContentTypePartDefinitionRecords": [ { "PartName": "Initiative", "Name": "Initiative" } ] } ],
              "ContentParts": [ { "Name": "Initiative", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Lead" } ] } ] } ] }
            """);

        await site.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            var type = (await definitions.GetTypeDefinitionAsync("Initiative"))!;
            Assert.Equal("Initiative", type.DisplayName);
            Assert.Equal((false, false, true), (type.TypeSettings.Creatable, type.TypeSettings.Listable, type.TypeSettings.Draftable));
            Assert.Equal(["Initiative"], type.Parts.Select(p => p.Name));
            var field = Assert.Single((await definitions.GetPartDefinitionAsync("Initiative"))!.Fields);
            Assert.Equal(("Lead", "TextField"), (field.Name, field.FieldName));
            Assert.Null(field.GetSettings<ContentPartFieldSettings>().DisplayName);
        });
    }

    [Fact]
    public async Task DeleteContentDefinition_removes_types_and_parts_and_only_the_parts_it_lists()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        await site.RunAsync($$"""{ "steps": [ {{Initiative}} ] }""");

        await site.RunAsync("""{ "steps": [ { "name": "DeleteContentDefinition", "ContentTypes": [ "Initiative" ], "ContentParts": [ "TitlePart" ] } ] }""");
        Assert.NotNull(await site.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetPartDefinitionAsync("Initiative")));
        await site.RunAsync("""{ "steps": [ { "name": "DeleteContentDefinition", "ContentParts": [ "Initiative" ] } ] }""");

        await site.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            Assert.Null(await definitions.GetTypeDefinitionAsync("Initiative"));
            Assert.Null(await definitions.GetPartDefinitionAsync("Initiative"));
            Assert.Null(await definitions.GetPartDefinitionAsync("TitlePart"));
        });
    }

    [Fact]
    public async Task Settings_replace_each_named_group_and_keep_the_others()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        await site.RunAsync("""{ "steps": [ { "name": "Settings", "General": { "SiteName": "Durham", "TimeZone": "America/New_York" }, "HomeRoute": { "Action": "Display" } } ] }""");

        await site.RunAsync("""{ "steps": [ { "name": "settings", "General": { "SiteName": "City of Durham" } } ] }""");

        var settings = await site.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetAsync());
        JsonAssert.Equal(System.Text.Json.Nodes.JsonNode.Parse("""{ "General": { "SiteName": "City of Durham" }, "HomeRoute": { "Action": "Display" } }"""), settings);
    }

    [Fact]
    public async Task Feature_records_known_features_and_refuses_or_warns_about_unknown_ones()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        await site.RunAsync("""{ "steps": [ { "name": "Feature", "enable": [ "OrchardCore.Title", "DurhamCms.Contents" ] } ] }""");

        var error = await Assert.ThrowsAsync<RecipeException>(() =>
            site.RunAsync("""{ "steps": [ { "name": "feature", "enable": [ "OrchardCore.Taxonomies", "OrchardCore.Autoroute", "Acme.Widgets" ] } ] }"""));
        Assert.Contains("OrchardCore.Taxonomies is not available in DurhamCms", error.Message, StringComparison.Ordinal);
        Assert.Contains("Acme.Widgets is provided by no module of this site", error.Message, StringComparison.Ordinal);

        var result = await site.RunAsync(
            """{ "steps": [ { "name": "feature", "enable": [ "OrchardCore.Taxonomies", "OrchardCore.Autoroute" ], "disable": [ "OrchardCore.Title" ] } ] }""",
            new RecipeExecutionOptions { SkipUnsupportedSteps = true });
        Assert.Contains(result.Warnings, w => w.Contains("OrchardCore.Taxonomies", StringComparison.Ordinal));

        var features = await site.InScopeAsync(sp => sp.GetRequiredService<IDocumentStore>().GetAsync<FeaturesDocument>(FeaturesDocument.DocumentKey));
        Assert.Equal(["DurhamCms.Contents", "OrchardCore.Autoroute"], features.Enabled);
    }

    [Fact]
    public async Task Roles_are_merged_by_name_into_the_roles_document_and_made_identity_roles()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        await site.RunAsync("""
            { "steps": [ { "name": "Roles", "Roles": [
              { "Name": "Editor", "Description": "Edits content.", "Permissions": [ "EditContent", "PublishContent" ] },
              { "Name": "Author", "Description": "Writes content.", "Permissions": [] } ] } ] }
            """);

        await site.RunAsync("""
            { "steps": [ { "name": "Roles", "Roles": [
              { "Name": "editor", "Description": "Edits and approves content.", "Permissions": [ "ApproveContent" ], "PermissionBehavior": "Add" },
              { "Name": "Author", "Permissions": [ "CreateContent" ] } ] } ] }
            """);

        await site.InScopeAsync(async sp =>
        {
            var document = await sp.GetRequiredService<IDocumentStore>().GetAsync<RolesDocument>(RolesDocument.DocumentKey);
            Assert.Equal(["Editor", "Author"], document.Roles.Select(r => r.RoleName));
            var editor = document.Roles[0];
            Assert.Equal("Edits and approves content.", editor.RoleDescription);
            Assert.Equal(["EditContent", "PublishContent", "ApproveContent"], editor.RoleClaims.Select(c => c.ClaimValue));
            Assert.All(editor.RoleClaims, c => Assert.Equal("Permission", c.ClaimType));
            Assert.Equal(["CreateContent"], document.Roles[1].RoleClaims.Select(c => c.ClaimValue));
            Assert.Equal("Writes content.", document.Roles[1].RoleDescription);

            var roles = sp.GetRequiredService<RoleManager<CmsRole>>();
            Assert.Equal("Edits and approves content.", (await roles.FindByNameAsync("Editor"))!.Description);
            Assert.NotNull(await roles.FindByNameAsync("Author"));
        });
    }
}
