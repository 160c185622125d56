namespace CollectiveImpact.Graph.Store.Validation;

/// <summary>
/// The stable codes of <see cref="ValidationProblem.Code"/>. Clients branch on these, so they never change
/// meaning; docs/format/network-format-v1.md lists the rule behind each.
/// </summary>
public static class ProblemCodes
{
    // Shape: the document alone (NetworkDocumentReader).
    public const string InvalidJson = "INVALID_JSON";
    public const string UnsupportedFormat = "UNSUPPORTED_FORMAT";
    public const string UnknownProperty = "UNKNOWN_PROPERTY";
    public const string DuplicateProperty = "DUPLICATE_PROPERTY";
    public const string Required = "REQUIRED";
    public const string InvalidType = "INVALID_TYPE";
    public const string InvalidEnum = "INVALID_ENUM";
    public const string InvalidDate = "INVALID_DATE";
    public const string InvalidNumber = "INVALID_NUMBER";
    public const string InvalidWeight = "INVALID_WEIGHT";
    public const string EmptyId = "EMPTY_ID";

    // Consistency: the document against itself and the stored network (NetworkChangeValidator).
    public const string DuplicateId = "DUPLICATE_ID";
    public const string KindConflict = "KIND_CONFLICT";
    public const string UnknownReference = "UNKNOWN_REFERENCE";
    public const string WrongKind = "WRONG_KIND";
    public const string DuplicateReference = "DUPLICATE_REFERENCE";
    public const string DuplicatePartner = "DUPLICATE_PARTNER";
    public const string LeadIsPartner = "LEAD_IS_PARTNER";
    public const string InvalidTieEnds = "INVALID_TIE_ENDS";
    public const string SelfTie = "SELF_TIE";
    public const string DuplicateTie = "DUPLICATE_TIE";
    public const string DuplicateMeasurement = "DUPLICATE_MEASUREMENT";
    public const string EndBeforeStart = "END_BEFORE_START";

    // Survey rounds and answers (the optional surveys section; docs/survey.md).
    public const string OutOfRange = "OUT_OF_RANGE";
    public const string TooLong = "TOO_LONG";
    public const string NotInvited = "NOT_INVITED";
    public const string IncompleteAnswer = "INCOMPLETE_ANSWER";
    public const string InconsistentAnswer = "INCONSISTENT_ANSWER";

    // The write itself: creates, updates and deletions.
    public const string AlreadyExists = "ALREADY_EXISTS";
    public const string NotFound = "NOT_FOUND";
    public const string StillReferenced = "STILL_REFERENCED";
    public const string DeletedAndUpserted = "DELETED_AND_UPSERTED";
    public const string DeleteWithReplace = "DELETE_WITH_REPLACE";
}
