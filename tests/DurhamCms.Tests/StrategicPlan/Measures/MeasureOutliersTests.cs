using DurhamCms.StrategicPlan.Measures;

namespace DurhamCms.Tests.StrategicPlan.Measures;

/// <summary>The far-outside rule's floor: one step of the series' precision, so a run of zeros judges sensibly.</summary>
public sealed class MeasureOutliersTests
{
    [Theory]
    // Whole counts: a step of 1 allows 5 either side of a median of 0.
    [InlineData(3, false)]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(1200, true)]
    public void After_a_run_of_zeros_a_small_count_is_accepted_and_a_wild_one_needs_confirmation(int next, bool outlier)
    {
        var band = MeasureOutliers.Of([0m, 0m, 0m, 0m, next])!;

        Assert.Equal(outlier, band.IsOutlier(next));
    }

    [Fact]
    public void A_rate_kept_to_hundredths_is_judged_in_hundredths_not_whole_units()
    {
        Assert.True(MeasureOutliers.Of([0.01m, 0.01m, 0.01m, 0.01m, 0.9m])!.IsOutlier(0.9m));
        Assert.False(MeasureOutliers.Of([0.01m, 0.01m, 0.01m, 0.01m, 0.03m])!.IsOutlier(0.03m));
    }

    [Fact]
    public void Trailing_zeros_do_not_make_the_step_finer()
    {
        // 0.00 is zero written with two places: the values are whole, so 3 is within the band.
        Assert.False(MeasureOutliers.Of([0.00m, 0.0m, 0m, 0m, 3m])!.IsOutlier(3m));
    }

    [Fact]
    public void The_share_of_the_median_still_rules_where_it_is_larger()
    {
        // Median 20, deviation 0: 5% of 20 is 1, so the band is 20 ± 5, as before.
        var band = MeasureOutliers.Of([20m, 20m, 20m, 20m, 26m])!;

        Assert.True(band.IsOutlier(26m));
        Assert.False(band.IsOutlier(25m));
        Assert.Equal(50m, MeasureOutliers.Of([200m, 200m, 200m, 200m, 200m])!.Allowed);
    }
}
