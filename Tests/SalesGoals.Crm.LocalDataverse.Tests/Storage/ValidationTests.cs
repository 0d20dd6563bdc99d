using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.Storage;

[TestClass]
public sealed class ValidationTests
{
    [TestMethod]
    public void Create_UnknownTable_FailsLikeDataverse()
    {
        var dv = TestDataverse.Create();

        var fault = AssertFault.Throws(ErrorCodes.QueryBuilderNoEntity, () => dv.Service.Create(new Entity("sg_nosuchtable") { ["sg_name"] = "x" }));

        Assert.AreEqual("The entity with a name = 'sg_nosuchtable' with namemapping = 'Logical' was not found in the MetadataCache.", fault.Message);
    }

    [TestMethod]
    public void Create_UnknownColumn_FailsLikeDataverse()
    {
        var dv = TestDataverse.Create();

        var fault = AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => dv.Service.Create(new Entity("sg_sample") { ["sg_nosuchcolumn"] = 1 }));

        Assert.AreEqual("'sg_sample' entity doesn't contain attribute with Name = 'sg_nosuchcolumn' and NameMapping = 'Logical'.", fault.Message);
    }

    [TestMethod]
    public void Retrieve_UnknownColumnInColumnSet_Fails()
    {
        var dv = TestDataverse.Create();
        var id = dv.CreateSample("first");

        AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_nosuchcolumn")));
    }

    [TestMethod]
    [DataRow("sg_amount", "12.5", DisplayName = "string into money")]
    [DataRow("sg_count", 12L, DisplayName = "long into int")]
    [DataRow("sg_rate", 1.5d, DisplayName = "double into decimal")]
    [DataRow("sg_name", 42, DisplayName = "int into string")]
    [DataRow("sg_kind", 100000000, DisplayName = "int into choice")]
    public void Create_WrongType_FailsWithIncorrectTypeMessage(string column, object value)
    {
        var dv = TestDataverse.Create();

        var fault = AssertFault.Throws(ErrorCodes.UnExpected, () => dv.Service.Create(new Entity("sg_sample") { ["sg_name"] = "x", [column] = value }));

        Assert.AreEqual($"Incorrect type of attribute value {value.GetType().FullName}", fault.Message);
    }

    [TestMethod]
    public void Update_WrongType_FailsAndWritesNothing()
    {
        var dv = TestDataverse.Create();
        var id = dv.CreateSample("first", count: 1);

        AssertFault.Throws(ErrorCodes.UnExpected, () => dv.Service.Update(new Entity("sg_sample", id) { ["sg_count"] = 2, ["sg_amount"] = 5m }));

        Assert.AreEqual(1, dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_count")).GetAttributeValue<int>("sg_count"));
    }

    [TestMethod]
    public void Create_TextLongerThanMaxLength_Fails()
    {
        var dv = TestDataverse.Create();

        var fault = AssertFault.Throws(ErrorCodes.StringLengthTooLong, () => dv.CreateSample("first", code: new string('x', 21)));

        StringAssert.Contains(fault.Message, "'20'");
    }

    [TestMethod]
    public void Create_ChoiceValueOutsideOptions_Fails()
    {
        var dv = TestDataverse.Create();

        AssertFault.Throws(ErrorCodes.PicklistValueOutOfRange, () => dv.Service.Create(new Entity("sg_sample") { ["sg_kind"] = new OptionSetValue(5) }));
    }

    [TestMethod]
    public void Create_LookupToMissingRow_FailsNotFound()
    {
        var dv = TestDataverse.Create();
        var missing = Guid.NewGuid();

        var fault = AssertFault.Throws(ErrorCodes.ObjectDoesNotExist, () => dv.Service.Create(new Entity("sg_sample")
        {
            ["sg_opportunityid"] = new EntityReference("opportunity", missing),
        }));

        Assert.AreEqual($"opportunity With Id = {missing} Does Not Exist", fault.Message);
    }

    [TestMethod]
    public void Create_LookupToWrongTable_Fails()
    {
        var dv = TestDataverse.Create();
        var account = dv.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        AssertFault.Throws(ErrorCodes.InvalidArgument, () => dv.Service.Create(new Entity("sg_sample")
        {
            ["sg_opportunityid"] = new EntityReference("account", account),
        }));
    }
}
