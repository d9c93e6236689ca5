using DurhamCms.ContentManagement;
using DurhamCms.StrategicPlan.Measures;

namespace DurhamCms.Tests.StrategicPlan.Measures;

public sealed class MeasureSeriesFieldJsonTests
{
    [Fact]
    public void The_field_stores_exactly_its_documented_shape()
    {
        var item = new ContentItem { ContentType = "KeyMeasure" };
        item.ApplyField("KeyMeasure", "Series", MeasureSamples.EngagedCity(target: 30));

        var json = item.GetPartJson("KeyMeasure")!["Series"]!.AsObject();

        Assert.Equal(["Unit", "ChartKind", "Target", "BetterDirection", "Points"], json.Select(p => p.Key));
        Assert.Equal(["Period", "Value", "Note"], json["Points"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal("""{"Period":"2023-07","Value":23,"Note":null}""", json["Points"]![0]!.ToJsonString());
        Assert.Equal([23m, 24m, 17m, 16m, 19m, 32m], item.GetField<MeasureSeriesField>("KeyMeasure", "Series")!.Points.Select(p => p.Value));
    }
}
