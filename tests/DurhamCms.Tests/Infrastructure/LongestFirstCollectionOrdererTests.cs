using DurhamCms.Tests.Browser;
using DurhamCms.Tests.Cluster;
using DurhamCms.Tests.Parts;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace DurhamCms.Tests.Infrastructure;

public sealed class LongestFirstCollectionOrdererTests
{
    private static readonly TestAssembly Assembly = new(Reflector.Wrap(typeof(LongestFirstCollectionOrderer).Assembly));

    [Fact]
    public void The_browser_collection_goes_first_then_classes_with_slow_tests_then_the_rest_in_their_order()
    {
        ITestCollection[] given =
        [
            ClassCollection(typeof(SlugifierTests)),
            ClassCollection(typeof(ClusterProcessTests)),
            new TestCollection(Assembly, null, "Some shared collection"),
            ClassCollection(typeof(ClusterBusTests)),
            new TestCollection(Assembly, Reflector.Wrap(typeof(BrowserCollection)), BrowserCollection.Name),
        ];

        var ordered = new LongestFirstCollectionOrderer().OrderTestCollections(given).Select(c => c.DisplayName).ToList();

        Assert.Equal(
            [BrowserCollection.Name, Name(typeof(ClusterProcessTests)), Name(typeof(ClusterBusTests)), Name(typeof(SlugifierTests)), "Some shared collection"],
            ordered);
    }

    [Fact]
    public void The_test_assembly_runs_its_collections_in_that_order()
    {
        var attribute = typeof(LongestFirstCollectionOrderer).Assembly.GetCustomAttributesData()
            .Single(a => a.AttributeType == typeof(TestCollectionOrdererAttribute));

        Assert.Equal(typeof(LongestFirstCollectionOrderer).FullName, attribute.ConstructorArguments[0].Value);
        Assert.Equal(typeof(LongestFirstCollectionOrderer).Assembly.GetName().Name, attribute.ConstructorArguments[1].Value);
    }

    private static string Name(Type type) => ClassCollection(type).DisplayName;

    // The collection xunit itself makes for a class without a [Collection].
    private static ITestCollection ClassCollection(Type type) =>
        new CollectionPerClassTestCollectionFactory(Assembly, new NullMessageSink()).Get(Reflector.Wrap(type));
}
