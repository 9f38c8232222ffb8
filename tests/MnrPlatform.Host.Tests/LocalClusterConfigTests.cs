using System.Diagnostics;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The reference deployment's HAProxy configuration (deploy/local-cluster/haproxy.cfg) is valid for
/// Debian's HAProxy and keeps what the platform needs: affinity by cookie and readiness checks.
/// The deployment itself is started by deploy/local-cluster/up, not by the tests.
/// </summary>
public sealed class LocalClusterConfigTests
{
    private static readonly string Config = Repository.Path("deploy", "local-cluster", "haproxy.cfg");
    private static readonly string[] HaproxyPaths = ["/usr/sbin/haproxy", "/usr/bin/haproxy"];

    [Fact]
    public async Task The_haproxy_configuration_is_valid()
    {
        var haproxy = HaproxyPaths.FirstOrDefault(File.Exists);
        if (haproxy is null)
        {
            Requires.Missing("HAProxy is not installed (apt-get install haproxy)");
            return;
        }

        using var process = Process.Start(new ProcessStartInfo(haproxy, ["-c", "-f", Config]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken)
            + await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 0, $"haproxy -c -f {Config} failed: {output}");
        Assert.Contains("Configuration file is valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configuration_keeps_circuits_on_their_instance_and_checks_readiness()
    {
        var text = File.ReadAllText(Config);

        Assert.Contains("cookie MNRSERVER insert indirect nocache", text, StringComparison.Ordinal);
        Assert.Contains("option httpchk GET /healthz/ready", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split('\n').Count(line => line.TrimStart().StartsWith("server i", StringComparison.Ordinal) && line.Contains(" cookie i", StringComparison.Ordinal)));
    }
}
