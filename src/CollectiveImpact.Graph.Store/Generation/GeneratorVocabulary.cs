using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Generation;

/// <summary>The words generated networks are made of: plausible, not real, organizations and people.</summary>
internal static class GeneratorVocabulary
{
    public static readonly string[] Initiatives =
        ["Riverbend Together", "Eastside Thrives", "Harbour City Rising", "Valley Futures", "Northgate Collective"];

    public static readonly string[] Goals =
    [
        "Children ready for school", "Young people finish school", "Young adults in work or study", "Families are safe and stable",
        "Everyone has a home", "People are healthy and well", "Neighbourhoods are connected", "Local jobs for local people",
    ];

    public static readonly (string Name, string Unit, Direction Direction)[] Indicators =
    [
        ("Kindy enrolment", "%", Direction.Increase), ("Developmentally on track at school entry", "%", Direction.Increase),
        ("Year 12 completion", "%", Direction.Increase), ("Youth unemployment", "%", Direction.Decrease),
        ("Substantiated child protection reports", "per 1,000 children", Direction.Decrease), ("Families in stable housing", "%", Direction.Increase),
        ("Emergency department presentations", "per 1,000 people", Direction.Decrease), ("Adults reporting good health", "%", Direction.Increase),
        ("People who feel they belong", "%", Direction.Increase), ("Rough sleepers counted", "people", Direction.Decrease),
    ];

    public static readonly string[] IndicatorNames = Indicators.Select(x => x.Name).ToArray();

    /// <summary>Sectors with the share of partners they make up in a typical initiative (weights sum to 100).</summary>
    public static readonly (Sector Sector, int Weight, double CommunityLed)[] Sectors =
    [
        (Sector.Nonprofit, 30, 0.15), (Sector.Government, 15, 0.0), (Sector.Education, 12, 0.02), (Sector.Health, 12, 0.02),
        (Sector.Community, 10, 0.75), (Sector.Business, 8, 0.02), (Sector.Philanthropy, 5, 0.05), (Sector.Faith, 4, 0.3),
        (Sector.Research, 3, 0.0), (Sector.Other, 1, 0.1),
    ];

    public static readonly string[] Places =
        ["Riverbend", "Northside", "Eastbank", "Millbrook", "Southgate", "Kingsford", "Westvale", "Harbourview", "Oakleigh", "Fairfield"];

    public static string OrganizationNoun(Sector sector) => sector switch
    {
        Sector.Nonprofit => "Family Services",
        Sector.Government => "Council",
        Sector.Education => "Primary School",
        Sector.Health => "Community Health",
        Sector.Community => "Neighbourhood Centre",
        Sector.Business => "Employers Network",
        Sector.Philanthropy => "Foundation",
        Sector.Faith => "Parish Outreach",
        Sector.Research => "University Research Centre",
        _ => "Partners",
    };

    public static readonly string[] FirstNames =
        ["Aroha", "Ben", "Chloe", "Dev", "Ella", "Farid", "Grace", "Hamish", "Isla", "Jun", "Kiri", "Liam", "Mei", "Noah", "Olivia", "Priya", "Quinn", "Rosa", "Sam", "Tariq"];

    public static readonly string[] LastNames =
        ["Anderson", "Brown", "Chen", "Dang", "Evans", "Fraser", "Ngata", "Hughes", "Ibrahim", "Jones", "Kaur", "Lee", "Morris", "Nguyen", "Patel", "Singh", "Tran", "Walker", "Young", "Zhang"];

    public static readonly string[] Roles =
        ["Chief Executive", "Program Manager", "Case Worker", "Principal", "Data Analyst", "Community Connector", "Policy Officer", "Volunteer Coordinator"];

    public static readonly string[] Themes =
    [
        "Early Years", "School Transitions", "Youth Pathways", "Family Safety", "Housing First", "Healthy Communities",
        "Data and Evaluation", "Local Jobs", "Community Voice", "Place-based Services",
    ];

    public static readonly string[] Populations =
        ["children-0-5", "young-people-12-24", "families", "first-nations", "newly-arrived", "older-people", "people-with-disability"];
}
