using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement.Metadata;
using static DurhamCms.Tests.Fields.FieldRules;

namespace DurhamCms.Tests.Fields;

/// <summary>One test per rule; each message names the field by its display name and files it under Part.Field.</summary>
public sealed class FieldValidationTests
{
    private static readonly ListValueOption[] Statuses =
    [
        new() { Name = "On track", Value = "on-track" },
        new() { Name = "At risk", Value = "at-risk" },
    ];

    [Fact]
    public async Task A_required_text_field_left_empty_is_refused_by_display_name()
    {
        var errors = await ValidateAsync("TextField", "Number", "Number", """{"Text": "  "}""", new TextFieldSettings { Required = true });
        AssertOnlyError(errors, "Initiative.Number", "Number is required.");
    }

    [Fact]
    public async Task A_required_text_field_that_is_absent_is_refused()
    {
        var errors = await ValidateAsync("TextField", "Number", "Initiative number", null, new TextFieldSettings { Required = true });
        AssertOnlyError(errors, "Initiative.Number", "Initiative number is required.");
    }

    [Fact]
    public async Task A_filled_required_text_field_passes()
    {
        Assert.Empty(await ValidateAsync("TextField", "Number", "Number", """{"Text": "1.2"}""", new TextFieldSettings { Required = true }));
    }

    [Fact]
    public async Task A_predefined_list_text_field_refuses_a_value_not_listed()
    {
        var errors = await ValidateAsync("TextField", "Status", "Status", """{"Text": "late"}""",
            new ContentPartFieldSettings { DisplayName = "Status", Editor = "PredefinedList" },
            new TextFieldPredefinedListEditorSettings { Options = Statuses });
        AssertOnlyError(errors, "Initiative.Status", "Status must be one of: On track, At risk.");
    }

    [Fact]
    public async Task A_predefined_list_text_field_accepts_a_listed_value()
    {
        Assert.Empty(await ValidateAsync("TextField", "Status", "Status", """{"Text": "at-risk"}""",
            new ContentPartFieldSettings { DisplayName = "Status", Editor = "PredefinedList" },
            new TextFieldPredefinedListEditorSettings { Options = Statuses }));
    }

    [Fact]
    public async Task A_predefined_list_binds_only_while_it_is_the_editor()
    {
        Assert.Empty(await ValidateAsync("TextField", "Status", "Status", """{"Text": "late"}""",
            new TextFieldPredefinedListEditorSettings { Options = Statuses }));
    }

    [Fact]
    public async Task A_required_numeric_field_left_empty_is_refused()
    {
        var errors = await ValidateAsync("NumericField", "Target", "Target", """{"Value": null}""", new NumericFieldSettings { Required = true });
        AssertOnlyError(errors, "Initiative.Target", "Target is required.");
    }

    [Fact]
    public async Task A_number_below_the_minimum_is_refused()
    {
        var errors = await ValidateAsync("NumericField", "Target", "Target", """{"Value": 0}""", new NumericFieldSettings { Minimum = 1, Maximum = 100 });
        AssertOnlyError(errors, "Initiative.Target", "Target must be at least 1.");
    }

    [Fact]
    public async Task A_number_above_the_maximum_is_refused()
    {
        var errors = await ValidateAsync("NumericField", "Target", "Target", """{"Value": 100.5}""", new NumericFieldSettings { Maximum = 100, Scale = 1 });
        AssertOnlyError(errors, "Initiative.Target", "Target must be at most 100.");
    }

    [Fact]
    public async Task A_number_with_more_decimal_places_than_the_scale_is_refused()
    {
        var errors = await ValidateAsync("NumericField", "Target", "Target", """{"Value": 12.25}""", new NumericFieldSettings { Scale = 1 });
        AssertOnlyError(errors, "Initiative.Target", "Target must have at most 1 decimal places.");
    }

    [Fact]
    public async Task A_fraction_where_the_scale_is_zero_is_refused_as_not_whole()
    {
        var errors = await ValidateAsync("NumericField", "Year", "Year", """{"Value": 2024.5}""", new NumericFieldSettings());
        AssertOnlyError(errors, "Initiative.Year", "Year must be a whole number.");
    }

    [Fact]
    public async Task Trailing_zeros_do_not_count_against_the_scale()
    {
        Assert.Empty(await ValidateAsync("NumericField", "Year", "Year", """{"Value": 2024.00}""", new NumericFieldSettings { Minimum = 2000 }));
    }

    [Fact]
    public async Task Text_where_a_number_belongs_is_refused()
    {
        var errors = await ValidateAsync("NumericField", "Target", "Target", """{"Value": "twelve"}""", new NumericFieldSettings());
        AssertOnlyError(errors, "Initiative.Target", "Target must be a number.");
    }

    [Fact]
    public async Task A_required_date_left_empty_is_refused()
    {
        var errors = await ValidateAsync("DateField", "Due", "Due date", "{}", new DateFieldSettings { Required = true });
        AssertOnlyError(errors, "Initiative.Due", "Due date is required.");
    }

    [Fact]
    public async Task A_date_that_does_not_parse_is_refused()
    {
        var errors = await ValidateAsync("DateField", "Due", "Due date", """{"Value": "31/01/2024"}""", new DateFieldSettings());
        AssertOnlyError(errors, "Initiative.Due", "Due date must be a date (yyyy-mm-dd).");
    }

    [Fact]
    public async Task An_Orchard_date_passes()
    {
        Assert.Empty(await ValidateAsync("DateField", "Due", "Due date", """{"Value": "2024-01-31T00:00:00Z"}""", new DateFieldSettings { Required = true }));
    }

    [Fact]
    public async Task A_required_date_time_left_empty_is_refused()
    {
        var errors = await ValidateAsync("DateTimeField", "Meeting", "Meeting", """{"Value": null}""", new DateTimeFieldSettings { Required = true });
        AssertOnlyError(errors, "Initiative.Meeting", "Meeting is required.");
    }

    [Fact]
    public async Task A_date_time_that_does_not_parse_is_refused()
    {
        var errors = await ValidateAsync("DateTimeField", "Meeting", "Meeting", """{"Value": "tomorrow at noon"}""", new DateTimeFieldSettings());
        AssertOnlyError(errors, "Initiative.Meeting", "Meeting must be a date and time (ISO 8601, e.g. 2024-01-31T14:30:00Z).");
    }

    [Fact]
    public async Task A_required_link_without_a_url_is_refused()
    {
        var errors = await ValidateAsync("LinkField", "Source", "Source", """{"Url": "", "Text": "Report"}""", new LinkFieldSettings { Required = true });
        AssertOnlyError(errors, "Initiative.Source", "Source is required.");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" java\tscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    public async Task A_script_link_is_refused(string url)
    {
        var errors = await ValidateAsync("LinkField", "Source", "Source", new System.Text.Json.Nodes.JsonObject { ["Url"] = url }.ToJsonString(), new LinkFieldSettings());
        AssertOnlyError(errors, "Initiative.Source", "Source must be a web address (http, https, mailto or tel) or a path on this site.");
    }

    [Theory]
    [InlineData("https://durhamnc.gov/budget")]
    [InlineData("/initiatives/affordable-housing")]
    [InlineData("mailto:strategy@durhamnc.gov")]
    [InlineData("report.pdf#page=2")]
    public async Task Web_mail_and_site_links_pass(string url)
    {
        Assert.Empty(await ValidateAsync("LinkField", "Source", "Source", new System.Text.Json.Nodes.JsonObject { ["Url"] = url }.ToJsonString(), new LinkFieldSettings()));
    }

    [Fact]
    public async Task A_link_whose_text_is_required_needs_text()
    {
        var errors = await ValidateAsync("LinkField", "Source", "Source", """{"Url": "https://durhamnc.gov", "Text": ""}""", new LinkFieldSettings { LinkTextMode = LinkTextMode.Required });
        AssertOnlyError(errors, "Initiative.Source", "Source needs link text.");
    }

    [Fact]
    public async Task A_link_with_an_unknown_target_is_refused()
    {
        var errors = await ValidateAsync("LinkField", "Source", "Source", """{"Url": "https://durhamnc.gov", "Target": "popup"}""", new LinkFieldSettings());
        AssertOnlyError(errors, "Initiative.Source", "Source has an unknown target 'popup'; use one of _blank, _self, _parent, _top.");
    }

    [Fact]
    public async Task A_required_multi_text_field_without_values_is_refused()
    {
        var errors = await ValidateAsync("MultiTextField", "Wards", "Wards", """{"Values": []}""", new MultiTextFieldSettings { Required = true });
        AssertOnlyError(errors, "Initiative.Wards", "Wards is required.");
    }

    [Fact]
    public async Task A_multi_text_value_outside_the_options_is_refused()
    {
        var errors = await ValidateAsync("MultiTextField", "Wards", "Wards", """{"Values": ["ward-1", "ward-9"]}""",
            new MultiTextFieldSettings { Options = [new() { Name = "Ward 1", Value = "ward-1" }, new() { Name = "Ward 2", Value = "ward-2" }] });
        AssertOnlyError(errors, "Initiative.Wards", "Wards has 'ward-9', which is not one of its options: Ward 1, Ward 2.");
    }

    [Fact]
    public async Task Multi_text_values_within_the_options_pass()
    {
        Assert.Empty(await ValidateAsync("MultiTextField", "Wards", "Wards", """{"Values": ["ward-2"]}""",
            new MultiTextFieldSettings { Required = true, Options = [new() { Name = "Ward 1", Value = "ward-1" }, new() { Name = "Ward 2", Value = "ward-2" }] }));
    }
}
