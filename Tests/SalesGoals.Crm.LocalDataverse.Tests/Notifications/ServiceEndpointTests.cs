using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Notifications;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.Notifications;

[TestClass]
public sealed class ServiceEndpointTests
{
    [TestMethod]
    public void Post_FromPlugin_SinkReceivesRemoteContextWithTarget()
    {
        var endpoint = new EntityReference("serviceendpoint", Guid.NewGuid());
        var sink = new InMemoryServiceEndpointSink();
        var dv = TestDataverse.Create(builder => builder.WithServiceEndpointSink(sink), StepBuilder.On("Create", "sg_sample").Stage(40).Does(provider =>
        {
            var context = (IPluginExecutionContext)provider.GetService(typeof(IPluginExecutionContext))!;
            var notifications = (IServiceEndpointNotificationService)provider.GetService(typeof(IServiceEndpointNotificationService))!;
            notifications.Execute(endpoint, context);
        }));

        var id = dv.CreateSample("queued");

        Assert.HasCount(1, sink.Posts);
        var post = sink.Posts[0];
        Assert.AreEqual(endpoint.Id, post.ServiceEndpoint.Id);
        Assert.AreEqual("Create", post.Context.MessageName);
        Assert.AreEqual(id, post.Context.PrimaryEntityId);
        Assert.AreEqual("queued", ((Entity)post.Context.InputParameters["Target"]).GetAttributeValue<string>("sg_name"));
        Assert.AreEqual(TestDataverse.Start, post.PostedOn);
    }
}
