using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Recipes;
using DurhamCms.Tests.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Compatibility;

/// <summary>ReplaceContentDefinition and DeleteContentDefinition as Orchard Core's steps run them.</summary>
public sealed class OrchardDefinitionStepTests
{
    /// <summary>Two types sharing the Tagged part; type TypeA and a part of the same name.</summary>
    private const string Definitions = """
        { "steps": [ { "name": "ContentDefinition",
          "ContentTypes": [
            { "Name": "Article", "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Tagged", "Name": "Tagged" } ] },
            { "Name": "Page", "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Tagged", "Name": "Tagged" } ] },
            { "Name": "TypeA", "ContentTypePartDefinitionRecords": [ { "PartName": "TypeA", "Name": "TypeA" } ] } ],
          "ContentParts": [
            { "Name": "Tagged", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Tags" } ] },
            { "Name": "TypeA", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Code" } ] } ] } ] }
        """;

    private static Task<T> DefinitionsAsync<T>(RecipeTestSite site, Func<IContentDefinitionManager, Task<T>> read) =>
        site.InScopeAsync(sp => read(sp.GetRequiredService<IContentDefinitionManager>()));

    [Fact]
    public async Task ReplaceContentDefinition_takes_a_listed_part_out_of_every_type_first()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        await site.RunAsync(Definitions);

        await site.RunAsync("""
            { "steps": [ { "name": "ReplaceContentDefinition",
              "ContentTypes": [ { "Name": "Article", "ContentTypePartDefinitionRecords": [
                  { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Tagged", "Name": "Tagged" } ] } ],
              "ContentParts": [ { "Name": "Tagged", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Keywords" } ] } ] } ] }
            """);

        var article = (await DefinitionsAsync(site, d => d.GetTypeDefinitionAsync("Article")))!;
        var page = (await DefinitionsAsync(site, d => d.GetTypeDefinitionAsync("Page")))!;
        Assert.Equal(["TitlePart", "Tagged"], article.Parts.Select(p => p.Name));
        Assert.Equal(["TitlePart"], page.Parts.Select(p => p.Name));
        var field = Assert.Single((await DefinitionsAsync(site, d => d.GetPartDefinitionAsync("Tagged")))!.Fields);
        Assert.Equal("Keywords", field.Name);
    }

    [Fact]
    public async Task DeleteContentDefinition_of_a_type_leaves_a_part_of_the_same_name_alone()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        await site.RunAsync(Definitions);

        await site.RunAsync("""{ "steps": [ { "name": "DeleteContentDefinition", "ContentTypes": [ "TypeA" ] } ] }""");

        Assert.Null(await DefinitionsAsync(site, d => d.GetTypeDefinitionAsync("TypeA")));
        var part = await DefinitionsAsync(site, d => d.GetPartDefinitionAsync("TypeA"));
        Assert.Equal("Code", Assert.Single(part!.Fields).Name);

        await site.RunAsync("""{ "steps": [ { "name": "DeleteContentDefinition", "ContentParts": [ "Tagged" ] } ] }""");
        Assert.Null(await DefinitionsAsync(site, d => d.GetPartDefinitionAsync("Tagged")));
        Assert.Equal(["TitlePart"], (await DefinitionsAsync(site, d => d.GetTypeDefinitionAsync("Page")))!.Parts.Select(p => p.Name));
    }

    [Fact]
    public async Task A_type_part_without_its_PartName_is_refused_as_Orchard_refuses_it()
    {
        await using var site = await RecipeTestSite.CreateAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync("""
            { "steps": [ { "name": "ContentDefinition", "ContentTypes": [
              { "Name": "Article", "ContentTypePartDefinitionRecords": [ { "Name": "Body" } ] } ] } ] }
            """));

        Assert.Contains("'Article'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Body", error.Message, StringComparison.Ordinal);
        Assert.Contains("no PartName", error.Message, StringComparison.Ordinal);
        Assert.Null(await DefinitionsAsync(site, d => d.GetTypeDefinitionAsync("Article")));
    }
}
