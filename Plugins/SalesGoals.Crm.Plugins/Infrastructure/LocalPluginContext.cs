using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Configuration;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Infrastructure;

/// <summary>One execution's services, built per call by <see cref="PluginBase"/> (plug-in instances are shared across threads).</summary>
public sealed class LocalPluginContext
{
    private readonly IServiceProvider _provider;
    private IOrganizationService? _userService;
    private IOrganizationService? _systemService;
    private int? _language;
    private EnvironmentSettings? _environment;

    public LocalPluginContext(IServiceProvider provider, string? unsecureConfiguration)
    {
        _provider = provider;
        Execution = (IPluginExecutionContext)Get(typeof(IPluginExecutionContext));
        Factory = (IOrganizationServiceFactory)Get(typeof(IOrganizationServiceFactory));
        Tracing = (ITracingService)Get(typeof(ITracingService));
        Clock = new ExecutionClock(Execution.OperationCreatedOn);
        UnsecureConfiguration = unsecureConfiguration;
    }

    public IPluginExecutionContext Execution { get; }

    public IOrganizationServiceFactory Factory { get; }

    public ITracingService Tracing { get; }

    public IClock Clock { get; }

    public string? UnsecureConfiguration { get; }

    /// <summary>Acts as the calling user (their rights apply).</summary>
    public IOrganizationService UserService => _userService ??= Factory.CreateOrganizationService(Execution.UserId);

    /// <summary>Acts as SYSTEM: for bookkeeping the caller may not see (ledger rows, ancestors' actuals).</summary>
    // Stryker disable once Assignment : the factory's services hold no state, so a second one acts exactly like the first.
    public IOrganizationService SystemService => _systemService ??= Factory.CreateOrganizationService(null);

    /// <summary>The environment variables the plug-ins obey (read as SYSTEM, cached per organization).</summary>
    // Stryker disable once Assignment : a second settings object reads through the same organization-wide cache.
    public EnvironmentSettings EnvironmentSettings => _environment ??= new EnvironmentSettings(SystemService, Execution.OrganizationId, Clock);

    public IServiceEndpointNotificationService NotificationService =>
        (IServiceEndpointNotificationService)Get(typeof(IServiceEndpointNotificationService));

    /// <summary>usersettings.uilanguageid of the initiating user; 1033 when it cannot be read.</summary>
    public int UserLanguage => _language ??= ReadLanguage();

    public void Trace(string format, params object[] args) => Tracing.Trace(format, args);

    /// <summary>A choice column's value in the named pre-image (null when absent).</summary>
    public int? PreImageOption(string imageAlias, string column) =>
        Execution.PreEntityImages[imageAlias].GetAttributeValue<OptionSetValue>(column)?.Value;

    /// <summary>True when an Update leaves or enters <paramref name="value"/> in <paramref name="column"/> (or keeps it):
    /// only then can the row's contribution change, so other edits skip every read.</summary>
    public bool WasOrIs(string imageAlias, string column, int value)
    {
        var before = PreImageOption(imageAlias, column);
        var target = (Entity)Execution.InputParameters["Target"];
        // A column the caller did not send keeps its stored value, which the pre-image already answers for.
        var sent = target.GetAttributeValue<OptionSetValue>(column)?.Value;
        return before == value || sent == value;
    }

    private object Get(Type type) =>
        _provider.GetService(type) ?? throw new InvalidPluginExecutionException($"The platform did not provide {type.Name}.");

    private int ReadLanguage()
    {
        // usersettings is keyed by systemuserid; a query (not Retrieve) so a missing row is no fault.
        var query = new QueryExpression(PlatformTables.UserSettings) { ColumnSet = new ColumnSet(PlatformTables.UiLanguageId), TopCount = 1 };
        query.Criteria.AddCondition(PlatformTables.SystemUserId, ConditionOperator.Equal, Execution.InitiatingUserId);
        var settings = SystemService.RetrieveMultiple(query).Entities;
        return settings.Count == 0 ? 1033 : settings[0].GetAttributeValue<int?>(PlatformTables.UiLanguageId) ?? 1033;
    }
}
