using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesGoals.Crm.Cli.Localization;
using SalesGoals.Crm.Dataverse.WebApi.Client;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Messaging.ServiceBus;
using SalesGoals.Crm.Worker.Dataverse;
using SalesGoals.Crm.Worker.Dataverse.WebApi;
using SalesGoals.Crm.Worker.Hosting;

namespace SalesGoals.Crm.Cli.Hosting;

/// <summary>
/// Dataverse (through the worker's Web API gateway) and the Service Bus queue, made on first use from the same
/// configuration as the worker's <c>run</c>, so a command that needs neither never asks for them.
/// </summary>
public sealed class CliConnections : IAsyncDisposable
{
    private readonly IConfiguration _configuration;
    private readonly CliSettings _settings;
    private readonly CliLanguage _language;
    private ServiceProvider? _dataverse;

    internal CliConnections(IConfiguration configuration, CliSettings settings, CliLanguage language)
    {
        _configuration = configuration;
        _settings = settings;
        _language = language;
    }

    /// <summary>The environment URL in use (for messages), or null when none is configured.</summary>
    public Uri? DataverseUrl => _settings.Dataverse?.Url ?? DataverseOptionsFromConfiguration().Url;

    public DataverseWebApiClient DataverseClient => DataverseServices.GetRequiredService<DataverseWebApiClient>();

    public IDataverseGateway DataverseGateway => DataverseServices.GetRequiredService<IDataverseGateway>();

    public string QueueName
    {
        get
        {
            var options = ServiceBusOptionsFromConfiguration();
            return string.IsNullOrWhiteSpace(options.QueueName) ? new ServiceBusOptions().QueueName : options.QueueName;
        }
    }

    /// <summary>The configured Service Bus connection string (a secret: never printed), or null.</summary>
    public string? ServiceBusConnectionString
    {
        get
        {
            var connectionString = _settings.ServiceBusConnectionString ?? ServiceBusOptionsFromConfiguration().ConnectionString;
            return string.IsNullOrWhiteSpace(connectionString) ? null : connectionString;
        }
    }

    /// <summary>A new client of the configured Service Bus namespace (the caller disposes it).</summary>
    public ServiceBusQueueClient CreateQueueClient()
    {
        var connectionString = _settings.ServiceBusConnectionString ?? ServiceBusOptionsFromConfiguration().ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new CliUsageException(CliTexts.QueueNotConfigured.In(_language));
        }

        try
        {
            return new ServiceBusQueueClient(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw new CliUsageException(CliTexts.QueueNotConfigured.In(_language) + " " + exception.Message, exception);
        }
    }

    private ServiceProvider DataverseServices
    {
        get
        {
            if (_dataverse is null)
            {
                var options = _settings.Dataverse ?? DataverseOptionsFromConfiguration();
                if (options.Url is null)
                {
                    throw new CliUsageException(CliTexts.DataverseNotConfigured.In(_language));
                }

                _dataverse = new ServiceCollection().AddDataverseGateway(options).BuildServiceProvider();
            }

            return _dataverse;
        }
    }

    private DataverseWebApiOptions DataverseOptionsFromConfiguration()
    {
        var options = new DataverseWebApiOptions();
        _configuration.GetSection(DataverseWebApiOptions.SectionName).Bind(options);
        return options;
    }

    private ServiceBusOptions ServiceBusOptionsFromConfiguration()
    {
        var options = new ServiceBusOptions();
        _configuration.GetSection(ServiceBusOptions.SectionName).Bind(options);
        return options;
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataverse is not null)
        {
            await _dataverse.DisposeAsync().ConfigureAwait(false);
        }
    }
}
