using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Notifications;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Notifications;

[TestClass]
public sealed class QueueNotificationTests
{
    private static readonly Guid Endpoint = Guid.Parse("5b0c2f01-7a41-4c51-9a10-0000000000e1");

    [TestMethod]
    public void Win_PostsProgressChangedAsynchronously_ToTheConfiguredEndpoint()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1").Active().Create();
        world.Env.DrainAsync();
        var sink = (InMemoryServiceEndpointSink)world.Env.NotificationSink;
        var before = sink.Posts.Count;

        world.Win(world.Opportunity(world.Rep), 10_000m, new DateTime(2026, 2, 10));
        Assert.AreEqual(before, sink.Posts.Count, "nothing is posted inside the win's transaction");
        world.Env.DrainAsync();

        var posts = sink.Posts.Skip(before).ToList();
        Assert.HasCount(1, posts);
        Assert.AreEqual(Endpoint, posts[0].ServiceEndpoint.Id);
        Assert.AreEqual(goal, posts[0].Context.PrimaryEntityId);
    }

    [TestMethod]
    public void GoalDefinitionEdit_PostsGoalChanged()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("March").Month(3).Create();
        world.Env.DrainAsync();
        var sink = (InMemoryServiceEndpointSink)world.Env.NotificationSink;
        var before = sink.Posts.Count;

        world.AsManager.Update(new Entity(SgGoal.LogicalName, goal) { [F.TargetValue] = 450_000m });
        world.Env.DrainAsync();

        var post = sink.Posts.Skip(before).Single();
        Assert.AreEqual("Update", post.Context.MessageName);
        Assert.AreEqual(goal, post.Context.PrimaryEntityId);
    }
}
