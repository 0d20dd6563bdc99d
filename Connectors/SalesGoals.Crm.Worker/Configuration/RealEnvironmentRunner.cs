using System;
using System.IO;
using Microsoft.Extensions.Configuration;

namespace SalesGoals.Crm.Worker.Configuration;

/// <summary>The <c>run</c> command. It validates the configuration, then stops: the host that runs the cycle against a
/// real environment (through the Dataverse Web API gateway) is not built yet, and half a worker against production data is worse than none.</summary>
public static class RealEnvironmentRunner
{
    public const int InvalidConfiguration = 2;
    public const int NotSupported = 3;

    public static int Run(IConfiguration configuration, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var problems = ConfigurationValidator.Validate(configuration);
        if (problems.Count > 0)
        {
            error.WriteLine($"Configuration is not valid ({problems.Count} problem(s)):");
            foreach (var problem in problems)
            {
                error.WriteLine("  - " + problem);
            }

            return InvalidConfiguration;
        }

        output.WriteLine("Configuration is valid.");
        error.WriteLine("""
            Running against a real environment is not supported yet:
              - the Dataverse Web API gateway exists (AddDataverseGateway, Dataverse:Url and Dataverse:Auth:*), but no host runs the cycle with it yet;
              - the mapping is not yet loaded from sg_fieldmapping / sg_valuemapping / sg_usermapping rows;
              - external user directories (Zoho users, Fenxiang employees) are not yet read from the vendors' APIs.
            Use 'sandbox' to run the whole flow locally.
            """);
        return NotSupported;
    }
}
