using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DurhamCms.Recipes;

/// <summary>
/// Runs a recipe's steps in order, all in one database transaction: the whole recipe is
/// imported or none of it. Steps are matched to handlers by name, case-insensitively.
/// </summary>
public sealed class RecipeExecutor(
    DurhamDbContext db,
    IEnumerable<IRecipeStepHandler> handlers,
    IContentDefinitionManager definitions,
    ILogger<RecipeExecutor> logger,
    IConfiguration? configuration = null,
    IOptions<RecipeOptions>? recipeOptions = null,
    ContentImportJournal? journal = null) : IRecipeExecutor
{
    private readonly Dictionary<string, IRecipeStepHandler> _handlers = IndexHandlers(handlers);
    private readonly RecipeOptions _options = recipeOptions?.Value ?? RecipeOptions.From(configuration);

    public async Task<RecipeResult> ExecuteAsync(string recipePath, RecipeExecutionOptions? options = null, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(recipePath);
        if (!File.Exists(full))
        {
            throw new RecipeException($"The recipe file {full} does not exist.");
        }

        // Content items are streamed, so the file's size bounds the time of one import, not its memory.
        var size = new FileInfo(full).Length;
        if (size > _options.MaxRecipeFileBytes)
        {
            throw new RecipeException(
                $"The recipe file {full} is {size:N0} bytes; recipes of at most {_options.MaxRecipeFileBytes:N0} bytes are read ({RecipeOptions.Section}:{nameof(RecipeOptions.MaxRecipeFileMegabytes)}). Nothing was imported.");
        }

        return await RunAsync(RecipeSource.FromFile(full), Path.GetDirectoryName(full), options, cancellationToken);
    }

    public Task<RecipeResult> ExecuteJsonAsync(string json, string? recipeDirectory, RecipeExecutionOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(RecipeSource.FromJson(json), recipeDirectory, options, cancellationToken);

    private async Task<RecipeResult> RunAsync(RecipeSource source, string? recipeDirectory, RecipeExecutionOptions? options, CancellationToken cancellationToken)
    {
        var streamed = await RecipeStreamReader.ReadAsync(source, _options.MaxFileBytes, cancellationToken);
        var recipe = streamed.Document;
        options ??= new RecipeExecutionOptions();
        var result = new RecipeResult { Descriptor = recipe.Descriptor };
        var plan = Plan(recipe, options, result);
        var expressions = new RecipeExpressionEvaluator(recipe.Variables, options, configuration, recipeDirectory, _options);

        // A caller that already holds a transaction keeps it: its rollback undoes the recipe too.
        var ownTransaction = db.Database.CurrentTransaction is null;
        await using var transaction = ownTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;

        // Inside a transaction EF wraps every SaveChanges in a savepoint, so a failed save could be
        // undone alone. A recipe of our own is all or nothing: any failure rolls the whole transaction
        // back, and two more commands per save (a round trip each on PostgreSQL) buy nothing.
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = savepoints && !ownTransaction;
        RecipeStepContext? current = null;
        journal?.Begin();
        try
        {
            foreach (var (index, handler) in plan)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var raw = recipe.Steps[index];
                var name = RecipeDocument.StepName(raw);
                var reporting = new RecipeStepContext(index, name, raw, result, options, recipeDirectory);
                current = reporting;
                var step = expressions.EvaluateStep(raw, reporting);
                current = new RecipeStepContext(index, name, step, result, options, recipeDirectory)
                {
                    StreamedData = streamed.StreamedData.TryGetValue(index, out var range)
                        ? StreamItemsAsync(source, range, expressions, reporting, cancellationToken)
                        : null,
                };
                await handler.ExecuteAsync(current);
                result.ExecutedSteps++;
            }

            current = null;

            // Handlers may leave rows for the step's next save (indexing tasks): none may miss the commit.
            await db.SaveChangesAsync(cancellationToken);
            await ReportDanglingReferencesAsync(result, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (Exception ex)
        {
            if (transaction is not null)
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }

            // Nothing the failed run staged may leak into later work in this scope, and the
            // definitions cached from the rolled-back document must be rebuilt.
            db.ChangeTracker.Clear();
            definitions.Invalidate();
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            var message = ex switch
            {
                RecipeException => ex.Message,
                _ when current is not null => current.Error($"failed: {Cause(ex)}").Message,
                _ => ex.Message,
            };
            logger.LogWarning(ex, "Recipe {Recipe} was not imported", recipe.Descriptor.Name);
            throw new RecipeException($"{message} Nothing from the recipe \"{recipe.Descriptor.Name}\" was imported.", ex);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;
            journal?.End();
        }

        logger.LogInformation("Recipe {Recipe} ran {Steps} steps, skipped {Skipped}, with {Warnings} warnings",
            recipe.Descriptor.Name, result.ExecutedSteps, result.SkippedSteps.Count, result.Warnings.Count);
        return result;
    }

    /// <summary>One streamed Content step's items, each evaluated as the step reaches it.</summary>
    private async IAsyncEnumerable<JsonNode?> StreamItemsAsync(
        RecipeSource source,
        RecipeDataRange range,
        RecipeExpressionEvaluator expressions,
        RecipeStepContext context,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = 0;
        await foreach (var item in RecipeStreamReader.ReadItemsAsync(source, range, _options.MaxFileBytes, message => context.Error(message), cancellationToken))
        {
            yield return expressions.EvaluateItem(item, ++number, context);
        }
    }

    /// <summary>
    /// References were deferred while the recipe ran, so an item may name one further down. What
    /// is still missing now is a warning, not a refusal: Orchard stores such a reference, and the
    /// site shows a picker without that item.
    /// </summary>
    private async Task ReportDanglingReferencesAsync(RecipeResult result, CancellationToken cancellationToken)
    {
        if (journal is null || journal.References.Count == 0)
        {
            return;
        }

        var targets = journal.References.Select(r => r.TargetContentItemId).Distinct().ToList();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slice in targets.Chunk(1000))
        {
            found.UnionWith(await db.ContentItems.AsNoTracking()
                .Where(r => slice.Contains(r.ContentItemId) && (r.Latest || r.Published))
                .Select(r => r.ContentItemId)
                .ToListAsync(cancellationToken));
        }

        foreach (var dangling in journal.References.Where(r => !found.Contains(r.TargetContentItemId)).Distinct())
        {
            result.Warnings.Add(
                $"item {dangling.ContentItemId} ({dangling.ContentType}): {dangling.Member} refers to {dangling.TargetContentItemId}, which is not on this site; the reference was stored as given, as Orchard does.");
        }
    }

    /// <summary>
    /// Matches every step to its handler before any runs, so a recipe with a step this site
    /// cannot run fails before it changes anything.
    /// </summary>
    private List<(int Index, IRecipeStepHandler Handler)> Plan(RecipeDocument recipe, RecipeExecutionOptions options, RecipeResult result)
    {
        var plan = new List<(int, IRecipeStepHandler)>();
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var name = RecipeDocument.StepName(recipe.Steps[i]);
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new RecipeException($"step {i + 1} has no \"name\"; nothing was imported.");
            }

            if (_handlers.TryGetValue(name, out var handler))
            {
                plan.Add((i, handler));
            }
            else if (options.SkipUnsupportedSteps)
            {
                result.SkippedSteps.Add(new SkippedRecipeStep(i, name, "this site has no handler for this step"));
            }
            else
            {
                throw new RecipeException($"step {i + 1} '{name}' is not supported by this site; nothing was imported.");
            }
        }

        return plan;
    }

    // EF and ADO.NET wrap the useful message ("UNIQUE constraint failed...") in a generic one.
    private static string Cause(Exception ex) =>
        ex.GetBaseException() is { } root && root != ex ? $"{ex.Message} ({root.Message})" : ex.Message;

    private static Dictionary<string, IRecipeStepHandler> IndexHandlers(IEnumerable<IRecipeStepHandler> handlers)
    {
        var byName = new Dictionary<string, IRecipeStepHandler>(StringComparer.OrdinalIgnoreCase);
        foreach (var handler in handlers)
        {
            foreach (var name in handler.StepNames)
            {
                // The first registration wins, as with TryAdd: a module cannot silently replace a kernel step.
                byName.TryAdd(name, handler);
            }
        }

        return byName;
    }
}
