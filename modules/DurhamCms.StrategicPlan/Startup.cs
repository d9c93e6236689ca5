using DurhamCms.Data;
using DurhamCms.Modules;
using DurhamCms.StrategicPlan.Admin;
using DurhamCms.StrategicPlan.Dashboard;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Measures.Editor;
using DurhamCms.StrategicPlan.OpenData;
using DurhamCms.StrategicPlan.Rules;
using DurhamCms.StrategicPlan.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.StrategicPlan;

/// <summary>The Strategic Plan: its indexes and the residents' dashboard. Its content types come from the Durham recipe.</summary>
public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.StrategicPlan";

    public override string Name => "Strategic Plan";

    public override string Description => "The plan's indexes, rules, measures, residents' dashboard and open data. Its content types come from the Durham recipe.";

    public override IReadOnlyCollection<string> Dependencies => ["DurhamCms.Contents", "DurhamCms.ContentFields", "DurhamCms.Parts", "DurhamCms.Search"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPlanMeasures();
        services.AddMeasureSeriesEditor();
        services.AddPlanContentRules();
        services.AddPlanDashboard();
        services.AddPlanOpenData();
        services.AddPlanAdmin();
        services.AddPlanSearch();
        services.AddContentIndex<InitiativeIndex, InitiativeIndexProvider>(b =>
        {
            b.Property(x => x.Number).HasMaxLength(16);
            b.Property(x => x.ObjectiveNumber).HasMaxLength(8);
            b.Property(x => x.ObjectiveTitle).HasMaxLength(255);
            b.Property(x => x.Title).HasMaxLength(1024);
            b.Property(x => x.PriorityContentItemId).HasMaxLength(26);
            b.Property(x => x.Status).HasMaxLength(64);
            b.Property(x => x.LeadDepartment).HasMaxLength(255);
            b.Property(x => x.PlanCycle).HasMaxLength(64);
            b.HasIndex(x => new { x.Published, x.PriorityContentItemId, x.Status });
            b.HasIndex(x => new { x.Number, x.Latest });
        });
        services.AddContentIndex<KeyMeasureIndex, KeyMeasureIndexProvider>(b =>
        {
            b.Property(x => x.InitiativeContentItemId).HasMaxLength(26);
            b.Property(x => x.Title).HasMaxLength(1024);
            b.HasIndex(x => new { x.InitiativeContentItemId, x.Published });
        });
        services.AddContentIndex<StatusUpdateIndex, StatusUpdateIndexProvider>(b =>
        {
            b.Property(x => x.InitiativeContentItemId).HasMaxLength(26);
            b.Property(x => x.Period).HasMaxLength(64);
            b.Property(x => x.PeriodSortKey).HasMaxLength(16);
            b.Property(x => x.Status).HasMaxLength(64);
            b.HasIndex(x => new { x.InitiativeContentItemId, x.Published });
        });
    }

    public override void Configure(IApplicationBuilder app) => app.UsePlanOpenData();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapPlanOpenData();
}
