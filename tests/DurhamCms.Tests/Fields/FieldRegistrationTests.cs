using System.Runtime.CompilerServices;
using DurhamCms.ContentFields;
using DurhamCms.ContentFields.Validation;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Editors;
using DurhamCms.StrategicPlan.Measures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Fields;

/// <summary>Every field type is registered whole, by one call: its name, editor and diff agree, and its validator when it has rules.</summary>
public sealed class FieldRegistrationTests
{
    private static ServiceCollection Services()
    {
        var services = new ServiceCollection();
        new DurhamCms.ContentFields.Startup().ConfigureServices(services, new ConfigurationBuilder().Build());
        services.AddPlanMeasures();
        return services;
    }

    // Editors and validators are scoped and need the site; their FieldType / FieldName are constants,
    // so an instance made without a constructor answers them.
    private static IEnumerable<string> Declared<T>(ServiceCollection services, Func<T, string> name) =>
        services.Where(d => d.ServiceType == typeof(T) && d.ImplementationType is not null)
            .Select(d => name((T)RuntimeHelpers.GetUninitializedObject(d.ImplementationType!)));

    [Fact]
    public void Each_field_type_has_one_editor_and_one_differ_under_its_own_name()
    {
        var services = Services();
        using var provider = services.BuildServiceProvider();
        var fieldTypes = provider.GetServices<ContentFieldTypeRegistration>().Select(r => r.Name).Order().ToList();

        Assert.Equal(
            ["BooleanField", "ContentPickerField", "DateField", "DateTimeField", "HtmlField", "LinkField", "MarkdownField", "MeasureSeriesField", "MultiTextField", "NumericField", "TextField", "TimeField", "UserPickerField"],
            fieldTypes);
        Assert.Equal(fieldTypes, Declared<IContentFieldEditor>(services, e => e.FieldType).Order());
        Assert.Equal(fieldTypes, provider.GetServices<IContentFieldDiffer>().Select(d => d.FieldType).Order());
        Assert.Subset(fieldTypes.ToHashSet(), Declared<IContentFieldValidator>(services, v => v.FieldName).ToHashSet());
    }

    [Fact]
    public void A_field_type_names_the_settings_it_reads()
    {
        using var provider = Services().BuildServiceProvider();
        var text = provider.GetServices<ContentFieldTypeRegistration>().Single(r => r.Name == "TextField");

        Assert.Equal(["TextFieldSettings", "TextFieldPredefinedListEditorSettings"], text.SettingsTypes.Select(t => t.Name));
    }
}
