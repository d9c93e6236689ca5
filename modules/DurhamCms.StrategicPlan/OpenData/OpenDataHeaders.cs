using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>What every open-data response shares.</summary>
public static class OpenDataHeaders
{
    /// <summary>camelCase as web APIs expect; HTML narratives kept readable (they are JSON strings, never inlined in a page).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Open data is public and carries no credentials, so any site may read it from a browser.</summary>
    public static void AllowAnyOrigin(HttpResponse response) => response.Headers[HeaderNames.AccessControlAllowOrigin] = "*";
}
