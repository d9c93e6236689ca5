using DurhamCms.Tests.Infrastructure;
using DurhamCms.Users;
using DurhamCms.Users.Passwords;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Users;

public sealed class CommonPasswordTests : IAsyncLifetime
{
    private readonly TestSite _site = new(new TestSiteOptions { SkipDurhamRecipe = true });

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Theory]
    [InlineData("qwerty123456")]
    [InlineData("QWERTY123456")]
    [InlineData("1Qaz2wsx3edc")]
    public async Task A_password_on_the_common_list_is_refused_whatever_its_case(string password)
    {
        var errors = await PasswordErrorsAsync(password);
        Assert.Contains(errors, e => e.Code == CommonPasswordValidator.ErrorCode && e.Description == CommonPasswordValidator.Message);
    }

    [Fact]
    public async Task A_password_off_the_list_passes_it()
    {
        var errors = await PasswordErrorsAsync(TestUsers.Password);
        Assert.Empty(errors);
    }

    [Fact]
    public void The_list_holds_the_ten_thousand_most_common()
    {
        Assert.True(CommonPasswordValidator.IsCommon("123456"));
        Assert.True(CommonPasswordValidator.IsCommon("PASSWORD"));
        Assert.False(CommonPasswordValidator.IsCommon("# The 10,000 most common passwords"));
    }

    private Task<List<IdentityError>> PasswordErrorsAsync(string password) => _site.InScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<CmsUser>>();
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, new CmsUser { UserName = "someone" }, password)).Errors);
        }

        return errors;
    });
}
