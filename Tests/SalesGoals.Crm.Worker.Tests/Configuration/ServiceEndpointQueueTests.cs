using System.Linq;
using SalesGoals.Crm.Sandbox;
using SalesGoals.Crm.SolutionModel.Reading;
using SalesGoals.Crm.Worker.Hosting;

namespace SalesGoals.Crm.Worker.Tests.Configuration;

/// <summary>The queue Dataverse posts goal events to (the solution's service endpoint) is the one the worker reads by default.</summary>
[TestClass]
public sealed class ServiceEndpointQueueTests
{
    [TestMethod]
    public void DefaultQueue_IsThePathOfTheSolutionsServiceEndpoint()
    {
        var solution = SolutionReader.Load(SolutionLocator.Locate(null, System.AppContext.BaseDirectory));

        var endpoint = solution.ServiceEndpoints.Single();

        Assert.AreEqual(new ServiceBusOptions().QueueName, endpoint.Path, "events posted to another queue than the worker reads would never be processed");
    }
}
