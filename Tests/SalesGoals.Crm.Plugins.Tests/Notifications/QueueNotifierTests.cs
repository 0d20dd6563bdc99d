using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Notifications;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Notifications;

/// <summary>The admin registers the notify steps with the serviceendpoint id as unsecure configuration; a step
/// registered without it must say so, and a post is traced with the message id Dataverse returns.</summary>
[TestClass]
public sealed class QueueNotifierTests
{
    private static readonly Guid Endpoint = Guid.Parse("5b0c2f01-7a41-4c51-9a10-0000000000e1");

    [TestMethod]
    [DataRow(null, DisplayName = "no configuration")]
    [DataRow("", DisplayName = "empty")]
    [DataRow("sb://contoso.servicebus.windows.net/goals", DisplayName = "a namespace instead of the endpoint's id")]
    public void Execute_ConfigurationIsNotAnEndpointId_RefusesWithTheFixToMake(string? configuration)
    {
        // Arrange
        var world = GoalWorld.Create();
        var endpoint = new RecordingEndpointService();
        var provider = world.Provider(world.Context("Update", SgGoal.LogicalName), new RecordingTracingService()).With<IServiceEndpointNotificationService>(endpoint);

        // Act
        var failure = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => new PostGoalChanged(configuration, null).Execute(provider));

        // Assert
        Assert.AreEqual("The step's unsecure configuration must be the id of the serviceendpoint to post to.", failure.Message);
        Assert.IsEmpty(endpoint.Posts);
    }

    [TestMethod]
    public void Execute_EndpointIdWithSpaces_PostsTheContextAndTracesTheMessageId()
    {
        // Arrange
        var world = GoalWorld.Create();
        var endpoint = new RecordingEndpointService();
        var tracing = new RecordingTracingService();
        var context = world.Context("Update", SgGoal.LogicalName);
        var provider = world.Provider(context, tracing).With<IServiceEndpointNotificationService>(endpoint);

        // Act
        new PostProgressChanged(" " + Endpoint + " ", null).Execute(provider);

        // Assert
        var post = endpoint.Posts.Single();
        Assert.AreEqual(QueueNotifier.ServiceEndpointTable, post.Endpoint.LogicalName);
        Assert.AreEqual(Endpoint, post.Endpoint.Id);
        Assert.AreSame(context, post.Context);
        CollectionAssert.Contains(tracing.Lines, $"Posted Update of {context.PrimaryEntityId} to endpoint {Endpoint}: message-1");
    }
}
