using System.Reflection;
using DurhamCms.Tests.Browser;

namespace DurhamCms.Tests.Infrastructure;

/// <summary>
/// Holds the trait convention, so that <c>TEST_FILTER='Category!=Browser&amp;Category!=PostgreSql'</c>
/// keeps meaning what it says as tests are added: a new browser class or database theory
/// without its trait fails here.
/// </summary>
public sealed class CategoryConventionTests
{
    private static readonly Type[] TestClasses = typeof(CategoryConventionTests).Assembly.GetTypes()
        .Where(t => t.IsClass && t.GetMethods().Any(IsTest))
        .ToArray();

    [Fact]
    public void Every_class_in_the_browser_collection_is_in_the_Browser_category()
    {
        var untagged = TestClasses
            .Where(InBrowserCollection)
            .Where(t => !Categories(t).Contains(Category.Browser))
            .Select(t => t.Name)
            .ToList();

        Assert.True(untagged.Count == 0, "Browser tests without [Trait(Category.Name, Category.Browser)]: " + string.Join(", ", untagged));
    }

    [Fact]
    public void Every_theory_with_a_PostgreSql_case_is_in_the_PostgreSql_category()
    {
        var untagged = TestClasses
            .SelectMany(t => t.GetMethods().Where(IsTest).Select(m => (Type: t, Method: m)))
            .Where(x => HasPostgreSqlCase(x.Method))
            .Where(x => !Categories(x.Type).Concat(Categories(x.Method)).Contains(Category.PostgreSql))
            .Select(x => $"{x.Type.Name}.{x.Method.Name}")
            .ToList();

        Assert.True(untagged.Count == 0, "Theories over PostgreSQL without [Trait(Category.Name, Category.PostgreSql)]: " + string.Join(", ", untagged));
    }

    [Fact]
    public void The_convention_sees_the_tests_it_guards()
    {
        Assert.Contains(TestClasses, InBrowserCollection);
        Assert.Contains(TestClasses.SelectMany(t => t.GetMethods()), HasPostgreSqlCase);
    }

    private static bool IsTest(MethodInfo method) => method.GetCustomAttributes<FactAttribute>(inherit: true).Any();

    private static bool HasPostgreSqlCase(MethodInfo method) =>
        method.GetCustomAttributes<MemberDataAttribute>()
            .SelectMany(data => data.GetData(method))
            .Any(row => row.Contains(TestSite.PostgreSql));

    // Attribute data, not instances: xunit's attributes keep their constructor arguments to themselves.
    private static IEnumerable<string> Categories(MemberInfo member) =>
        member.CustomAttributes
            .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == Category.Name)
            .Select(a => (string)a.ConstructorArguments[1].Value!);

    private static bool InBrowserCollection(Type type) =>
        type.CustomAttributes.Any(a => a.AttributeType == typeof(CollectionAttribute) && (string?)a.ConstructorArguments[0].Value == BrowserCollection.Name);
}
