/**
 * The verbs that open an operative paragraph of a resolution ("Calls upon …", "Decides …"; the
 * European Parliament's "Instructs its President …", "Considers …", "Regrets …"), as distinct from
 * preambular participles ("Recalling …"). One list for markers, titles and parties.
 */
export const OPERATIVE_VERBS =
  'Calls? upon|Calls? on|Calls? for|Demands|Decides|Urges|Requests|Encourages|Invites|Authori[sz]es|Condemns|Welcomes|Recommends|Reaffirms|Affirms|Endorses|Emphasi[sz]es|Stresses|Expresses|Deplores|Insists|Underlines|Reiterates|Instructs|Commends|Regrets|Highlights|Considers|Believes|Recogni[sz]es|Acknowledges|Takes note|Points out';

/**
 * An adverb of emphasis before an operative verb, which then is in small letters: "Strongly condemns
 * the repression …", "Firmly rejects …", "Deeply regrets …". For titles and parties only: such a
 * paragraph still needs its number to be a proposal.
 */
export const ADVERB_AND_OPERATIVE_VERB = `(?:Strongly|Firmly|Deeply|Resolutely|Unequivocally|Vigorously)\\s+(?:${OPERATIVE_VERBS.replace(/(^|\|)([A-Z])/g, (_, bar: string, letter: string) => bar + letter.toLowerCase())})`;

/**
 * The verbs a recommendation starts with when it speaks to its reader ("Adopt …", "Fund …"), in
 * their base form. The same verbs, lowercased, follow the subject of a recommendation in the
 * subjunctive ("We recommend that: 1. NATO and Russia agree on …").
 */
export const BASE_VERBS =
  'Adopt|Establish|Ratify|Create|Expand|Reduce|Withdraw|Negotiate|Support|Increase|Launch|Begin|Resume|Restore|Offer|Commit|Pursue|Invest|Strengthen|Suspend|Lift|Impose|Provide|Extend|Declare|Convene|Develop|Ensure|Fund|Implement|Appoint|Reinstate|Reaffirm|Refrain|Recognize|Recognise|Open|Deploy|End|Halt|Return|Rejoin|Renew|Agree|Allow|Require|Set up|Make|Seek|Build|Use|Limit|Ban|Cap|Freeze|Stop|Start|Hold|Designate|Replace|Publish|Share|Train|Review|Reopen|Restart|Deter|Engage|Bolster|Prioriti[sz]e|Invite|Host|Coordinate|Integrate|Press|Urge|Accelerate|Deepen|Broaden|Reform|Revise|Update|Clarify|Codify|Enforce|Monitor|Verify|Protect|Deliver|Supply|Finance|Mobili[sz]e|Keep|Maintain|Preserve|Prevent|Reinforce|Reassure|Prepare|Consider|Explore|Give|Grant|Ask|Tighten|Loosen|Condition|Sanction|Pressure|Finish|Comply|Avoid|Align|Accept|Diversify|Connect|Abandon|Cancel|Encourage|Include|Release|Remove|Respect|Reject|Resist|Scrap|Widen|Authori[sz]e|Instruct|Direct|Task|Approve|Announce|Raise|Signal|Do not';

/**
 * Verbs a subject in the subjunctive may take besides `BASE_VERBS` ("Coastal states pay their
 * arrears", "partners link deployments"): more than an item may start with, since here the subject
 * before them says that a recommendation follows.
 */
const MORE_BASE_VERBS =
  'note|brief|visit|endorse|grant|confirm|pay|link|treat|meet|sign|join|send|name|set|take|put|accept|conclude|exchange|notify|permit|release|station|remove|pull|cease|observe|respect|honou?r|abide|form|help|lead|move|pass|reach|resolve|settle|spend|submit|tie|transfer|work|allocate|assign|back|boost|bring|channel|close|complete|cooperate|co-operate|cut|dismantle|double|draft|drop|earmark|expedite|facilitate|focus|improve|include|inform|initiate|lower|mandate|match|pledge|prohibit|promote|push|recall|refer|reject|relaunch|renounce|report|resist|restrict|retain|reverse|revoke|scale|scrap|secure|shift|simplify|speed|stand|streamline|sustain|target|tell|test|trade|unblock|unfreeze|uphold|waive|welcome|widen|write|hand';

/** `BASE_VERBS` as they follow a subject, lowercased ("agree", "set up"), and `MORE_BASE_VERBS`. */
const BASE_VERBS_LOWERCASED = BASE_VERBS.replace(/(^|\|)([A-Z])/g, (_, bar: string, letter: string) => bar + letter.toLowerCase());
export const LOWERCASE_BASE_VERBS = `${BASE_VERBS_LOWERCASED}|${MORE_BASE_VERBS}`;

/** A text that starts with one of `BASE_VERBS`, perhaps in emphasis: it speaks to its reader. */
export const STARTS_WITH_BASE_VERB = new RegExp(`^[*_]{0,2}(?:${BASE_VERBS})\\b`);

/** `STARTS_WITH_BASE_VERB` in either case: after an ordinal and its comma the verb is lowercase ("First, negotiate on substance"). */
export const STARTS_WITH_BASE_VERB_ANY_CASE = new RegExp(`^[*_]{0,2}(?:${BASE_VERBS}|${BASE_VERBS_LOWERCASED})\\b`);
