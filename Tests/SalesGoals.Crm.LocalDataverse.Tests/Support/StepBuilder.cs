using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Tests.Support;

/// <summary>Builds step registrations for <see cref="ScriptedPlugin"/>.</summary>
public sealed class StepBuilder
{
    private readonly string _message;
    private readonly string? _entity;
    private readonly List<string> _filtering = [];
    private readonly List<StepImageDefinition> _images = [];
    private int _stage = 20;
    private int _mode;
    private int _rank = 1;
    private string _name;
    private Guid? _impersonate;
    private string _pluginType = typeof(ScriptedPlugin).FullName!;
    private string? _configuration;
    private Guid _messageId = Guid.Empty;

    private StepBuilder(string message, string? entity)
    {
        _message = message;
        _entity = entity;
        _name = $"{message} of {entity}";
    }

    public static StepBuilder On(string message, string? entity) => new(message, entity);

    public StepBuilder Stage(int stage)
    {
        _stage = stage;
        return this;
    }

    public StepBuilder Async()
    {
        _mode = 1;
        _stage = 40;
        return this;
    }

    public StepBuilder Rank(int rank)
    {
        _rank = rank;
        return this;
    }

    public StepBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public StepBuilder Filtering(params string[] columns)
    {
        _filtering.AddRange(columns);
        return this;
    }

    public StepBuilder PreImage(string alias, params string[] columns) => Image(alias, 0, columns);

    public StepBuilder PostImage(string alias, params string[] columns) => Image(alias, 1, columns);

    public StepBuilder RunAs(Guid userId)
    {
        _impersonate = userId;
        return this;
    }

    /// <summary>The SdkMessageId the registration carries (default: none, the message is named only).</summary>
    public StepBuilder MessageId(Guid id)
    {
        _messageId = id;
        return this;
    }

    public StepBuilder PluginType(string typeName)
    {
        _pluginType = typeName;
        return this;
    }

    public StepDefinition Does(Action<IServiceProvider> script)
    {
        _configuration = PluginScripts.Register(script);
        return Build();
    }

    public StepDefinition Does(Action<IPluginExecutionContext, IOrganizationService, ITracingService> script) =>
        Does(provider =>
        {
            var context = (IPluginExecutionContext)provider.GetService(typeof(IPluginExecutionContext))!;
            var factory = (IOrganizationServiceFactory)provider.GetService(typeof(IOrganizationServiceFactory))!;
            var tracing = (ITracingService)provider.GetService(typeof(ITracingService))!;
            script(context, factory.CreateOrganizationService(context.UserId), tracing);
        });

    public StepDefinition Build() => new(
        Guid.NewGuid(), _name, _message, _messageId, _entity, null, _stage, _mode, _rank, _filtering, _pluginType, null,
        _configuration, false, _images, 0, _impersonate);

    private StepBuilder Image(string alias, int type, string[] columns)
    {
        _images.Add(new StepImageDefinition(Guid.NewGuid(), alias, type, "Target", columns));
        return this;
    }
}
