using System.Globalization;
using System.Text;
using DurhamCms.ContentManagement;
using DurhamCms.Parts.Services;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Models;
using DurhamCms.StrategicPlan.Translations;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>/api/measures/{id}.csv and .json (and under "/es" in Spanish): one published key measure's data; anything else is a 404 problem.</summary>
public static class MeasureEndpoints
{
    // Content ids are 26 letters and digits; a generous bound refuses junk before it reaches the database.
    private const int MaxIdLength = 64;

    public static async Task<IResult> CsvAsync(string contentItemId, IContentManager contentManager, PlanTranslations translations, HttpResponse response)
    {
        if (await FindAsync(contentItemId, contentManager, translations) is not { } measure)
        {
            return NotFound(contentItemId);
        }

        var name = Slugifier.Slugify(measure.DisplayText);
        var fileName = (name.Length > 0 ? name : measure.ContentItemId) + ".csv";
        response.Headers[HeaderNames.ContentDisposition] = $"attachment; filename=\"{fileName}\"";
        OpenDataHeaders.AllowAnyOrigin(response);
        return Results.Text(MeasureSeriesExport.ToCsv(Series(measure)), MeasureSeriesExport.CsvContentType, Encoding.UTF8);
    }

    public static async Task<IResult> JsonAsync(string contentItemId, IContentManager contentManager, PlanTranslations translations, HttpResponse response)
    {
        if (await FindAsync(contentItemId, contentManager, translations) is not { } measure)
        {
            return NotFound(contentItemId);
        }

        OpenDataHeaders.AllowAnyOrigin(response);
        return Results.Text(MeasureSeriesExport.ToJson(measure.DisplayText ?? "", Series(measure)), MeasureSeriesExport.JsonContentType, Encoding.UTF8);
    }

    private static MeasureSeriesField Series(ContentItem measure) =>
        MeasureSeriesReader.Read(measure, PlanContent.KeyMeasure.Type, PlanContent.KeyMeasure.Series);

    /// <summary>
    /// The measure in the request's culture ("/es/api/measures/…" is es-US): its translated title and
    /// unit where it has them; its points are the source's in every culture.
    /// </summary>
    private static async Task<ContentItem?> FindAsync(string contentItemId, IContentManager contentManager, PlanTranslations translations)
    {
        if (contentItemId.Length is 0 or > MaxIdLength || !contentItemId.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }

        var item = await contentManager.GetAsync(contentItemId, VersionOptions.Published);
        return item?.ContentType == PlanContent.KeyMeasure.Type
            ? (await translations.InCultureAsync([item], CultureInfo.CurrentUICulture.Name))[0]
            : null;
    }

    private static IResult NotFound(string contentItemId) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Key measure not found",
        detail: $"No published key measure has the id '{(contentItemId.Length > MaxIdLength ? contentItemId[..MaxIdLength] + "…" : contentItemId)}'.");
}
