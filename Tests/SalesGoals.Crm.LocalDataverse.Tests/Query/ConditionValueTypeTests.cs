using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.Query;

/// <summary>
/// A condition value of the wrong type for its column fails the query as Dataverse fails it
/// (0x80040203, naming the attribute and the expected type) instead of quietly returning no rows.
/// </summary>
[TestClass]
public sealed class ConditionValueTypeTests
{
    private static QueryExpression Samples(string column, ConditionOperator op, params object[] values)
    {
        var query = new QueryExpression("sg_sample") { ColumnSet = new ColumnSet("sg_name") };
        query.Criteria.AddCondition(column, op, values);
        return query;
    }

    [TestMethod]
    [DataRow("sg_count", "5", "System.Int32", "System.String")]
    [DataRow("sg_opportunityid", 5, "System.Guid", "System.Int32")]
    [DataRow("sg_amount", 5, "System.Decimal", "System.Int32")]
    [DataRow("sg_name", 5, "System.String", "System.Int32")]
    public void RetrieveMultiple_ValueOfTheWrongType_FaultNamesAttributeAndExpectedType(string column, object value, string expected, string received)
    {
        var dv = TestDataverse.Create();
        dv.CreateSample("five", count: 5);

        var fault = AssertFault.Throws(ErrorCodes.InvalidArgument, () => dv.Service.RetrieveMultiple(Samples(column, ConditionOperator.Equal, value)));

        Assert.AreEqual($"Condition for attribute 'sg_sample.{column}': expected argument(s) of type '{expected}' but received '{received}'.", fault.Message);
    }

    [TestMethod]
    public void RetrieveMultiple_LookupComparedWithAnEntityReference_Faults()
    {
        var dv = TestDataverse.Create();

        var fault = AssertFault.Throws(ErrorCodes.InvalidArgument, () =>
            dv.Service.RetrieveMultiple(Samples("sg_opportunityid", ConditionOperator.Equal, new EntityReference("opportunity", Guid.NewGuid()))));

        StringAssert.Contains(fault.Message, "received 'Microsoft.Xrm.Sdk.EntityReference'");
    }

    [TestMethod]
    public void RetrieveMultiple_GuidArrayPassedAsOneInValue_Faults()
    {
        var dv = TestDataverse.Create();
        var ids = new[] { dv.CreateSample("a"), dv.CreateSample("b") };
        var query = new QueryExpression("sg_sample") { ColumnSet = new ColumnSet("sg_name") };
        query.Criteria.AddCondition("sg_sampleid", ConditionOperator.In, (object)ids);

        var fault = AssertFault.Throws(ErrorCodes.InvalidArgument, () => dv.Service.RetrieveMultiple(query));

        StringAssert.Contains(fault.Message, "expected argument(s) of type 'System.Guid' but received 'System.Guid[]'");
    }

    [TestMethod]
    public void RetrieveMultiple_GuidArraySpreadAsInValues_FindsTheRows()
    {
        var dv = TestDataverse.Create();
        var ids = new[] { dv.CreateSample("a"), dv.CreateSample("b") };
        dv.CreateSample("c");
        var query = new QueryExpression("sg_sample") { ColumnSet = new ColumnSet("sg_name") };
        query.Criteria.AddCondition(new ConditionExpression("sg_sampleid", ConditionOperator.In, ids));

        Assert.HasCount(2, dv.Service.RetrieveMultiple(query).Entities);
    }

    [TestMethod]
    public void RetrieveMultiple_WrongTypeInALinkedTablesCondition_Faults()
    {
        var dv = TestDataverse.Create();
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        var link = query.AddLink("sg_sample", "opportunityid", "sg_opportunityid");
        link.LinkCriteria.AddCondition("sg_count", ConditionOperator.GreaterThan, 2.5m);

        var fault = AssertFault.Throws(ErrorCodes.InvalidArgument, () => dv.Service.RetrieveMultiple(query));

        StringAssert.Contains(fault.Message, "'sg_sample.sg_count': expected argument(s) of type 'System.Int32' but received 'System.Decimal'");
    }

    [TestMethod]
    public void RetrieveMultiple_StateComparedByItsNumberOrName_IsAccepted()
    {
        var dv = TestDataverse.Create();
        dv.CreateSample("active");

        Assert.HasCount(1, dv.Service.RetrieveMultiple(Samples("statecode", ConditionOperator.Equal, 0)).Entities);
        dv.Service.RetrieveMultiple(Samples("statecode", ConditionOperator.Equal, "0"));
    }

    [TestMethod]
    public void RetrieveMultiple_QueryByAttributeWithWrongType_Faults()
    {
        var dv = TestDataverse.Create();
        var query = new QueryByAttribute("sg_sample") { ColumnSet = new ColumnSet("sg_name") };
        query.AddAttributeValue("sg_count", "5");

        var fault = AssertFault.Throws(ErrorCodes.InvalidArgument, () => dv.Service.RetrieveMultiple(query));

        StringAssert.Contains(fault.Message, "'sg_sample.sg_count': expected argument(s) of type 'System.Int32' but received 'System.String'");
    }

    [TestMethod]
    [DataRow("sg_count", "five", "System.Int32")]
    [DataRow("sg_opportunityid", "5", "System.Guid")]
    public void RetrieveMultiple_FetchValueThatDoesNotConvert_FaultNamesAttributeAndExpectedType(string column, string value, string expected)
    {
        var dv = TestDataverse.Create();
        var fetch = $"<fetch><entity name='sg_sample'><attribute name='sg_name'/><filter><condition attribute='{column}' operator='eq' value='{value}'/></filter></entity></fetch>";

        var fault = AssertFault.Throws(ErrorCodes.InvalidArgument, () => dv.Service.RetrieveMultiple(new FetchExpression(fetch)));

        StringAssert.Contains(fault.Message, $"input value '{value}' to attribute 'sg_sample.{column}'. Expected type of attribute value: {expected}.");
    }

    [TestMethod]
    public void RetrieveMultiple_FetchValueOnALinkedAliasThatDoesNotConvert_Faults()
    {
        var dv = TestDataverse.Create();
        var fetch = "<fetch><entity name='opportunity'><attribute name='name'/>"
            + "<link-entity name='sg_sample' from='sg_opportunityid' to='opportunityid' alias='s'/>"
            + "<filter><condition entityname='s' attribute='sg_count' operator='eq' value='many'/></filter></entity></fetch>";

        var fault = AssertFault.Throws(ErrorCodes.InvalidArgument, () => dv.Service.RetrieveMultiple(new FetchExpression(fetch)));

        StringAssert.Contains(fault.Message, "'many' to attribute 'sg_sample.sg_count'");
    }
}
