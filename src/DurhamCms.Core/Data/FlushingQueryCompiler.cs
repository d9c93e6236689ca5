using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Microsoft.EntityFrameworkCore.Storage;

#pragma warning disable EF1001 // QueryCompiler is EF's internal API: the one door every LINQ query on a context goes through.

namespace DurhamCms.Data;

/// <summary>
/// Writes a context's deferred inserts (<see cref="DurhamDbContext.DeferWrites"/>) before it runs
/// any LINQ query, so a read never misses a row the same unit of work has already added: the
/// guarantee YesSql's session gives Orchard by flushing before it queries. Without deferred
/// writes it only forwards.
/// </summary>
internal sealed class FlushingQueryCompiler(
    IQueryContextFactory queryContextFactory,
    ICompiledQueryCache compiledQueryCache,
    ICompiledQueryCacheKeyGenerator compiledQueryCacheKeyGenerator,
    IDatabase database,
    IDiagnosticsLogger<DbLoggerCategory.Query> logger,
    ICurrentDbContext currentContext,
    IEvaluatableExpressionFilter evaluatableExpressionFilter,
    IModel model)
    : QueryCompiler(queryContextFactory, compiledQueryCache, compiledQueryCacheKeyGenerator, database, logger, currentContext, evaluatableExpressionFilter, model)
{
    private static readonly MethodInfo FlushThenTaskMethod = typeof(FlushingQueryCompiler).GetMethod(nameof(FlushThenTaskAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly MethodInfo FlushThenEnumerateMethod = typeof(FlushingQueryCompiler).GetMethod(nameof(FlushThenEnumerateAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly ConcurrentDictionary<Type, MethodInfo?> Wrappers = new();

    private readonly DurhamDbContext? _context = currentContext.Context as DurhamDbContext;

    public override TResult Execute<TResult>(Expression query)
    {
        _context?.FlushDeferredWrites();
        return base.Execute<TResult>(query);
    }

    public override TResult ExecuteAsync<TResult>(Expression query, CancellationToken cancellationToken = default)
    {
        if (_context is not { HasDeferredWrites: true })
        {
            return base.ExecuteAsync<TResult>(query, cancellationToken);
        }

        // The flush must end before the query starts (one operation at a time on a context), so
        // the query's Task or async sequence is wrapped in one that awaits the flush first.
        var wrapper = Wrappers.GetOrAdd(typeof(TResult), Wrapper);
        if (wrapper is null)
        {
            _context.FlushDeferredWrites();
            return base.ExecuteAsync<TResult>(query, cancellationToken);
        }

        return (TResult)wrapper.Invoke(this, [query, cancellationToken])!;
    }

    private static MethodInfo? Wrapper(Type result)
    {
        if (!result.IsGenericType)
        {
            return null;
        }

        var definition = result.GetGenericTypeDefinition();
        var argument = result.GetGenericArguments()[0];
        return definition == typeof(Task<>) ? FlushThenTaskMethod.MakeGenericMethod(argument)
            : definition == typeof(IAsyncEnumerable<>) ? FlushThenEnumerateMethod.MakeGenericMethod(argument)
            : null;
    }

    private async Task<T> FlushThenTaskAsync<T>(Expression query, CancellationToken cancellationToken)
    {
        await _context!.FlushDeferredWritesAsync(cancellationToken);
        return await base.ExecuteAsync<Task<T>>(query, cancellationToken);
    }

    private async IAsyncEnumerable<T> FlushThenEnumerateAsync<T>(Expression query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await _context!.FlushDeferredWritesAsync(cancellationToken);
        await foreach (var item in base.ExecuteAsync<IAsyncEnumerable<T>>(query, cancellationToken).WithCancellation(cancellationToken))
        {
            yield return item;
        }
    }
}
