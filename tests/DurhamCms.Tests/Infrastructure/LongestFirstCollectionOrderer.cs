using DurhamCms.Tests.Browser;
using DurhamCms.Tests.Infrastructure;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("DurhamCms.Tests.Infrastructure.LongestFirstCollectionOrderer", "DurhamCms.Tests")]

namespace DurhamCms.Tests.Infrastructure;

/// <summary>
/// Starts the longest collections first, so that the run does not end with one of them alone on
/// a core while the other idles. xunit runs two collections at a time on CI's two cores, taking
/// them in this order; the browser collection (16 classes one after another on one Chromium,
/// about eleven minutes) started wherever its hash put it, and the run's last four minutes were
/// it alone. Longest-first: the browser collection, then classes with a test marked Slow, then
/// the rest, each group in xunit's order.
/// </summary>
public sealed class LongestFirstCollectionOrderer : ITestCollectionOrderer
{
    // xunit names a class's own collection "Test collection for {full class name}".
    private const string ClassCollectionPrefix = "Test collection for ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(Rank);

    private static int Rank(ITestCollection collection)
    {
        if (collection.DisplayName == BrowserCollection.Name)
        {
            return 0;
        }

        return IsSlowClass(collection.DisplayName) ? 1 : 2;
    }

    private static bool IsSlowClass(string displayName)
    {
        if (!displayName.StartsWith(ClassCollectionPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var type = typeof(LongestFirstCollectionOrderer).Assembly.GetType(displayName[ClassCollectionPrefix.Length..]);
        return type is not null && (IsMarkedSlow(type) || type.GetMethods().Any(IsMarkedSlow));
    }

    // TraitAttribute keeps its name and value only as constructor arguments.
    private static bool IsMarkedSlow(System.Reflection.MemberInfo member) =>
        member.GetCustomAttributesData().Any(a =>
            a.AttributeType == typeof(TraitAttribute)
            && a.ConstructorArguments is [{ Value: Category.Name }, { Value: Category.Slow }]);
}
