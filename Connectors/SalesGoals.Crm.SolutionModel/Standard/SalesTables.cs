using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.SolutionModel.Standard;

/// <summary>Customers, leads, opportunities, their close activities, appointments, invoices, products.</summary>
internal static class SalesTables
{
    public static IEnumerable<TableDefinition> All()
    {
        yield return new TableBuilder("account", "Account", "accounts", OwnershipType.UserOwned, "Account", "客户")
            .Key()
            .Name("name", 160, "Account Name")
            .Text("accountnumber", 20, "Account Number")
            .Lookup("parentaccountid", "Parent Account", "account")
            .Lookup("primarycontactid", "Primary Contact", "contact")
            .Lookup("originatingleadid", "Originating Lead", "lead")
            .Money("revenue", "Annual Revenue")
            .Currency()
            .Choice("customertypecode", "Relationship Type", (1, "Competitor"), (2, "Consultant"), (3, "Customer"), (4, "Investor"), (5, "Partner"), (6, "Influencer"), (7, "Press"), (8, "Prospect"), (9, "Reseller"), (10, "Supplier"), (11, "Vendor"), (12, "Other"))
            .Text("telephone1", 50, "Main Phone")
            .Text("emailaddress1", 100, "Email")
            .Text("address1_city", 80, "Address 1: City")
            .Text("address1_stateorprovince", 50, "Address 1: State/Province")
            .Text("address1_country", 80, "Address 1: Country/Region")
            .States((0, "Active", 1), (1, "Inactive", 2))
            .Statuses((1, "Active", 0), (2, "Inactive", 1))
            .Owned()
            .Audit()
            .Build();

        yield return new TableBuilder("contact", "Contact", "contacts", OwnershipType.UserOwned, "Contact", "联系人")
            .Key()
            .Name("fullname", 160, "Full Name", RequiredLevel.None)
            .Text("firstname", 50, "First Name")
            .Text("lastname", 50, "Last Name", RequiredLevel.ApplicationRequired)
            .Text("emailaddress1", 100, "Email")
            .Text("mobilephone", 50, "Mobile Phone")
            .Text("jobtitle", 100, "Job Title")
            .Customer("parentcustomerid", "Company Name")
            .Currency()
            .States((0, "Active", 1), (1, "Inactive", 2))
            .Statuses((1, "Active", 0), (2, "Inactive", 1))
            .Owned()
            .Audit()
            .Build();

        yield return new TableBuilder("lead", "Lead", "leads", OwnershipType.UserOwned, "Lead", "潜在顾客")
            .Key()
            .Name("fullname", 160, "Name", RequiredLevel.None)
            .Text("subject", 300, "Topic", RequiredLevel.ApplicationRequired)
            .Text("firstname", 50, "First Name")
            .Text("lastname", 50, "Last Name", RequiredLevel.ApplicationRequired)
            .Text("companyname", 100, "Company Name")
            .Text("emailaddress1", 100, "Email")
            .Money("estimatedamount", "Est. Value")
            .Currency()
            .Date("estimatedclosedate", "Est. Close Date", DateTimeColumnBehavior.UserLocal, dateOnlyFormat: true)
            .Lookup("parentaccountid", "Parent Account for lead", "account")
            .Lookup("parentcontactid", "Parent Contact for lead", "contact")
            .Lookup("qualifyingopportunityid", "Qualifying Opportunity", "opportunity")
            .Choice("leadsourcecode", "Lead Source", (1, "Advertisement"), (2, "Employee Referral"), (3, "External Referral"), (4, "Partner"), (5, "Public Relations"), (6, "Seminar"), (7, "Trade Show"), (8, "Web"), (9, "Word of Mouth"), (10, "Other"))
            .States((0, "Open", 1), (1, "Qualified", 3), (2, "Disqualified", 4))
            .Statuses((1, "New", 0), (2, "Contacted", 0), (3, "Qualified", 1), (4, "Lost", 2), (5, "Cannot Contact", 2), (6, "No Longer Interested", 2), (7, "Canceled", 2))
            .Owned()
            .Audit()
            .Build();

        yield return new TableBuilder("opportunity", "Opportunity", "opportunities", OwnershipType.UserOwned, "Opportunity", "商机")
            .Key()
            .Name("name", 300, "Topic")
            .Customer("customerid", "Potential Customer")
            .Lookup("parentaccountid", "Account", "account")
            .Lookup("parentcontactid", "Contact", "contact")
            .Lookup("originatingleadid", "Originating Lead", "lead")
            .Money("estimatedvalue", "Est. Revenue")
            .Money("actualvalue", "Actual Revenue")
            .Currency()
            .Date("estimatedclosedate", "Est. Close Date", DateTimeColumnBehavior.UserLocal, dateOnlyFormat: true)
            .Date("actualclosedate", "Actual Close Date", DateTimeColumnBehavior.UserLocal, dateOnlyFormat: true)
            .Int("closeprobability", "Probability", 0, 100)
            .Text("stepname", 200, "Pipeline Phase")
            .Choice("salesstagecode", "Process Code", (1, "Default Value"))
            .Choice("opportunityratingcode", "Rating", (1, "Hot"), (2, "Warm"), (3, "Cold"))
            .Choice("msdyn_forecastcategory", "Forecast category", (100000001, "Pipeline"), (100000002, "Best case"), (100000003, "Committed"), (100000004, "Omitted"), (100000005, "Won"), (100000006, "Lost"))
            .States((0, "Open", 1), (1, "Won", 3), (2, "Lost", 4))
            .Statuses((1, "In Progress", 0), (2, "On Hold", 0), (3, "Won", 1), (4, "Canceled", 2), (5, "Out-Sold", 2))
            .Owned()
            .Audit()
            .Build();

        yield return new TableBuilder("opportunityclose", "OpportunityClose", "opportunitycloses", OwnershipType.UserOwned, "Opportunity Close", "商机结束")
            .Activity()
            .Lookup("opportunityid", "Opportunity", "opportunity")
            .Money("actualrevenue", "Actual Revenue")
            .Currency()
            .States((0, "Open", 1), (1, "Completed", 2), (2, "Canceled", 3))
            .Statuses((1, "Open", 0), (2, "Completed", 1), (3, "Canceled", 2))
            .Owned()
            .Audit()
            .Build();

        yield return new TableBuilder("appointment", "Appointment", "appointments", OwnershipType.UserOwned, "Appointment", "约会")
            .Activity()
            .Text("location", 200, "Location")
            .Bool("isalldayevent", "All Day Event")
            .States((0, "Open", 1), (1, "Completed", 3), (2, "Canceled", 4), (3, "Scheduled", 5))
            .Statuses((1, "Free", 0), (2, "Tentative", 0), (3, "Completed", 1), (4, "Canceled", 2), (5, "Busy", 3), (6, "Out of Office", 3))
            .Owned()
            .Audit()
            .Build();

        yield return new TableBuilder("invoice", "Invoice", "invoices", OwnershipType.UserOwned, "Invoice", "发票")
            .Key()
            .Name("name", 300, "Name")
            .Text("invoicenumber", 100, "Invoice ID", RequiredLevel.SystemRequired)
            .Customer("customerid", "Customer", RequiredLevel.ApplicationRequired)
            .Lookup("opportunityid", "Opportunity", "opportunity")
            .Money("totalamount", "Total Amount")
            .Currency()
            .Date("datedelivered", "Date Delivered", DateTimeColumnBehavior.UserLocal, dateOnlyFormat: true)
            .Date("duedate", "Due Date", DateTimeColumnBehavior.UserLocal, dateOnlyFormat: true)
            .States((0, "Active", 1), (1, "Closed (deprecated)", 100003), (2, "Paid", 100001), (3, "Canceled", 100003))
            .Statuses(
                (1, "New", 0), (2, "Partially Shipped", 0), (4, "Billed", 0), (5, "Booked (applies to services)", 0), (6, "Installed (applies to services)", 0),
                (3, "Canceled (deprecated)", 1), (7, "Paid in Full (deprecated)", 1),
                (100001, "Complete", 2), (100002, "Partial", 2),
                (100003, "Canceled", 3))
            .Owned()
            .Audit()
            .Build();

        yield return new TableBuilder("product", "Product", "products", OwnershipType.OrganizationOwned, "Product", "产品")
            .Key()
            .Name("name", 100, "Name")
            .Text("productnumber", 100, "Product ID", RequiredLevel.SystemRequired)
            .Money("price", "List Price")
            .Currency()
            .Lookup("parentproductid", "Parent", "product")
            .States((0, "Active", 1), (1, "Retired", 2), (2, "Draft", 0), (3, "Under Revision", 3))
            .Statuses((1, "Active", 0), (2, "Retired", 1), (0, "Draft", 2), (3, "Under Revision", 3))
            .Audit()
            .Build();
    }
}
