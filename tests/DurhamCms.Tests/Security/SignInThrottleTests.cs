using System.Net;
using DurhamCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DurhamCms.Tests.Security;

/// <summary>Guessing is slowed per address and per name, and nobody outside can lock the real user out.</summary>
public sealed class SignInThrottleTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _clock = TestSiteOptions.FakeClock();
    private TestSite? _site;

    public ValueTask DisposeAsync() => _site?.DisposeAsync() ?? ValueTask.CompletedTask;

    [Fact]
    public async Task An_attacker_failing_from_one_address_never_keeps_the_real_user_out_from_another()
    {
        var site = await SiteAsync();
        using var attacker = ClientFrom(site, "203.0.113.66");
        for (var i = 0; i < 20; i++)
        {
            using var _ = await SignInAsync(attacker, "alice", "Wrong-password-1");
        }

        using var alice = ClientFrom(site, "198.51.100.7");
        using var response = await SignInAsync(alice, "alice", TestUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task After_the_free_failures_each_attempt_waits_twice_as_long_with_a_Retry_After()
    {
        var site = await SiteAsync();
        using var client = ClientFrom(site, "203.0.113.66");
        for (var i = 0; i < 5; i++)
        {
            using var failed = await SignInAsync(client, "alice", "Wrong-password-1");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        // Held back, even with the right password: a guess that waits cannot be tested for success.
        using var held = await SignInAsync(client, "alice", TestUsers.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), held.Headers.RetryAfter?.Delta);
        Assert.Contains("Too many attempts. Wait 30 second(s)", await held.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromSeconds(31));
        using var sixth = await SignInAsync(client, "alice", "Wrong-password-1");
        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        using var longer = await SignInAsync(client, "alice", "Wrong-password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, longer.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), longer.Headers.RetryAfter?.Delta);

        _clock.Advance(TimeSpan.FromSeconds(61));
        using var right = await SignInAsync(client, "alice", TestUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }

    [Fact]
    public async Task Past_the_name_ceiling_addresses_that_failed_wait_but_a_clean_address_signs_in()
    {
        var site = await SiteAsync(new Dictionary<string, string?> { ["DurhamCms:SignIn:NameFailureCeiling"] = "4" });
        for (var i = 0; i < 4; i++)
        {
            using var bot = ClientFrom(site, $"203.0.113.{i + 1}");
            using var _ = await SignInAsync(bot, "alice", "Wrong-password-1");
        }

        using var again = ClientFrom(site, "203.0.113.1");
        using var held = await SignInAsync(again, "alice", "Wrong-password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);

        using var alice = ClientFrom(site, "198.51.100.7");
        using var response = await SignInAsync(alice, "alice", TestUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task One_address_trying_many_names_is_refused_past_its_rate()
    {
        var site = await SiteAsync(new Dictionary<string, string?> { ["DurhamCms:SignIn:AddressAttempts"] = "3" });
        using var client = ClientFrom(site, "203.0.113.66");
        for (var i = 0; i < 3; i++)
        {
            using var failed = await SignInAsync(client, $"name-{i}", "Wrong-password-1");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var refused = await SignInAsync(client, "alice", TestUsers.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task The_change_password_form_holds_back_guesses_of_the_current_password()
    {
        var site = await SiteAsync();
        using var session = await site.SignInAsync("alice");
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await ChangePasswordAsync(session, "Wrong-password-1");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var held = await ChangePasswordAsync(session, TestUsers.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        Assert.NotNull(held.Headers.RetryAfter);
    }

    private async Task<TestSite> SiteAsync(IDictionary<string, string?>? settings = null)
    {
        _site = new TestSite(new TestSiteOptions
        {
            Clock = _clock,
            Settings = settings,
            Services = s => s.AddSingleton<IStartupFilter, ClientAddressFromHeader>(),
        });
        await _site.CreateUserAsync("alice", "Author");
        return _site;
    }

    private static SiteClient ClientFrom(TestSite site, string address)
    {
        var client = site.Client();
        client.Http.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return client;
    }

    private static Task<HttpResponseMessage> SignInAsync(SiteClient client, string userName, string password) =>
        client.PostFormAsync("/login", [new("UserName", userName), new("Password", password)]);

    private static Task<HttpResponseMessage> ChangePasswordAsync(SiteClient client, string current) =>
        client.PostFormAsync("/admin/account/password",
            [new("CurrentPassword", current), new("NewPassword", "Another-good-password-2"), new("ConfirmPassword", "Another-good-password-2")]);
}

/// <summary>The test server has no client address: this one takes it from a header, as a proxy would give it.</summary>
internal sealed class ClientAddressFromHeader : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
