/**
 * The verbs that open an operative paragraph of a resolution ("Calls upon …", "Decides …"), as
 * distinct from preambular participles ("Recalling …"). One list for markers, titles and parties.
 */
export const OPERATIVE_VERBS =
  'Calls? upon|Calls? on|Demands|Decides|Urges|Requests|Encourages|Invites|Authori[sz]es|Condemns|Welcomes|Recommends|Reaffirms|Affirms|Endorses|Emphasi[sz]es|Stresses|Expresses|Deplores|Insists|Underlines|Reiterates';
