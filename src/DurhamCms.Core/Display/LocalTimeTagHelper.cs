using System.Globalization;
using DurhamCms.Time;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace DurhamCms.Display;

/// <summary>
/// The one way a view shows a stored time: <c>&lt;local-time utc="@item.ModifiedUtc" /&gt;</c> becomes
/// <c>&lt;time datetime="2027-03-14T03:30:00-04:00"&gt;2027-03-14 03:30 EDT&lt;/time&gt;</c> on the site's
/// wall clock; <c>format="date"</c> gives the resident's date in their language ("March 14, 2027"),
/// <c>format="datetime"</c> their date and time with the zone ("March 14, 2027 3:30 AM EDT").
/// Nothing is written for a missing time.
/// </summary>
[HtmlTargetElement("local-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class LocalTimeTagHelper(ILocalClock clock, IStringLocalizer<LocalTimeTagHelper> text) : TagHelper
{
    public const string DateFormat = "date";
    public const string DateTimeFormat = "datetime";

    /// <summary>The stored time; a time of unspecified kind is UTC, as the database returns it.</summary>
    public DateTime? Utc { get; set; }

    /// <summary>"date" for a resident's date, "datetime" for a resident's date and time; otherwise (the default) date, time and zone, as staff read them.</summary>
    public string? Format { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (Utc is not { } utc)
        {
            output.SuppressOutput();
            return;
        }

        var zone = await clock.GetTimeZoneAsync();
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", zone.Rfc3339(utc));
        var local = zone.ToLocal(utc);
        output.Content.SetContent(Format?.ToLowerInvariant() switch
        {
            // .NET date patterns translated in the PO file: "5 de diciembre de 2023" in Spanish.
            DateFormat => local.ToString(text["MMMM d, yyyy"].Value, CultureInfo.CurrentCulture),
            DateTimeFormat => local.ToString(text["MMMM d, yyyy h:mm tt"].Value, CultureInfo.CurrentCulture) + " " + zone.Abbreviation(local),
            _ => zone.Stamp(utc),
        });
    }
}
