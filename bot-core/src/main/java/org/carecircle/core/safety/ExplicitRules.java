package org.carecircle.core.safety;

import static org.carecircle.core.safety.SafetyLevel.CRISIS;
import static org.carecircle.core.safety.SafetyLevel.DISTRESS;
import static org.carecircle.core.safety.SafetyLevel.MEDICAL;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The catalogue of explicit phrases per level, written against the normalised word stream
 * (lower case, "do not", "cannot", "i am", "will not"). Patterns name intent and states, never
 * methods in what a moderator reads. Immutable.
 */
final class ExplicitRules {

  private static final String SELF = "(?:myself|my self)";
  private static final String OTHER_SELF = "(?:himself|herself|themselves|themself|theirself)";
  private static final String ANY_SELF = "(?:myself|my self|himself|herself|themselves|themself)";
  private static final String THEIR = "(?:my|his|her|their)";
  private static final String INTENT =
      "(?:want|wants|wanting|wanted|going|planning|plan|plans|ready|decided|deciding|trying|tempted"
          + "|should|might|will|gonna|begging me|begged me|help me|help her|help him|asked me|tried"
          + "|attempted|nearly|almost|try"
          + "|about|need|needs|urge|intend|intending|thinking about|thinking of|think about)";

  private final List<SignalRule> rules;
  private final Pattern idioms;

  ExplicitRules() {
    this.rules =
        java.util.stream.Stream.of(crisis(), indirectCrisis(), medical(), distress()).flatMap(List::stream).toList();
    this.idioms = SignalRule.compile(idiomRegex());
  }

  List<SignalRule> all() {
    return rules;
  }

  /** Figures of speech that use crisis or distress words for everyday things. */
  Pattern idioms() {
    return idioms;
  }

  static List<SignalRule> crisis() {
    return List.of(
        SignalRule.of(CRISIS, "kill myself", "(?:kill|killing|killed|kills) " + SELF)
            .writer().likelyHyperbole(),
        SignalRule.of(CRISIS, "kill themselves", "(?:kill|killing|killed|kills) " + OTHER_SELF)
            .someoneElse(),
        SignalRule.of(CRISIS, "kms", "kms|kys myself").writer().likelyHyperbole(),
        SignalRule.of(CRISIS, "unalive", "unalive(?: " + ANY_SELF + "| me)?").likelyHyperbole(),
        SignalRule.of(CRISIS, "suicide", "sewer slide|suicide"
            + "(?: (?:note|notes|letter|letters|plan|plans|attempt|pact|thoughts|is the (?:only|answer)))"),
        SignalRule.of(CRISIS, "suicidal",
            "(?:am|is|are|was|feel|feels|feeling|felt|been|getting|becoming|so|very|really|quite"
                + "|pretty|bit|kinda|kind of|sort of|seems|sounds|turning|actively|passively|go|went)"
                + " suicidal"),
        SignalRule.of(CRISIS, "suicidal thoughts",
            "suicidal (?:again|thoughts|feelings|urges|ideation|thinking|tonight|today|lately|rn|right now)"),
        SignalRule.of(CRISIS, "thinking about suicide",
            "(?:commit|committing|commits|attempt|attempting|contemplating|contemplate|considering"
                + "|consider|thinking about|thinking of|thought about|thoughts of|thoughts about"
                + "|planning|plan|plotting|think about) suicide"),
        SignalRule.of(CRISIS, "want to die",
            "(?:want|wanting|wants|wanted|wish|wishing|wishes|would like|planning|trying|need"
                + "|needs|hoping|hope|just want) to (?:just )?(?:die|be dead|not be alive|not exist"
                + "|stop existing|disappear forever|disappear for good|fall asleep and never wake up"
                + "|go to sleep and never wake up|sleep and never wake up|sleep forever|not wake up"
                + "|never wake up|be gone)")
            .likelyHyperbole(),
        SignalRule.of(CRISIS, "wish I were dead",
            "wish (?:i|he|she|they) (?:was|were|could|would|had|might|will) (?:just )?(?:dead|died|die"
                + "|disappear|not wake up|never wake up|never been born|not exist|be dead|be gone"
                + "|not been born|go to sleep and not wake up|never survived|not survived|had never"
                + " survived|not here|not here at all|never woken up|not woken up)")
            .likelyHyperbole(),
        SignalRule.of(CRISIS, "hope not to wake up",
            "(?:hope|hoping|pray|praying|wish|wishing) (?:that )?(?:i|he|she) (?:do not|does not"
                + "|will not|never|would not|just do not) (?:wake up|make it through|survive|come round"
                + "|come back from)"),
        SignalRule.of(CRISIS, "don't want to wake up",
            "(?:do not|does not|never|dont) (?:want|wanna|wish) to wake up"),
        SignalRule.of(CRISIS, "don't want to live",
            "(?:do not|does not|no longer|never|dont|not) (?:want|wants|wish|wishes|wanna) to"
                + " (?:live|be alive|exist|keep living|stay alive|survive|carry on living"
                + "|go on living)(?! with| in| like)"),
        SignalRule.of(CRISIS, "don't want to be here anymore",
            "(?:do not|does not|no longer|never|dont) (?:want|wants|wish|wishes|wanna) to"
                + " (?:be here|be around|go on|carry on|keep going|continue|wake up|be on this earth"
                + "|do life|live like this)(?: anymore| any more| any longer| another day)"),
        SignalRule.of(CRISIS, "better off without me",
            "better off (?:dead|without me|if i (?:was|were|am) (?:dead|gone|not here|not around)"
                + "|with me gone|if i died|if i was not here)"),
        SignalRule.of(CRISIS, "everyone would be better without me",
            "(?:would|will|would all|will all|be) (?:be )?(?:better|happier|easier) (?:off )?"
                + "(?:without me|with me gone|if i (?:was|were) gone|if i died)"),
        SignalRule.of(CRISIS, "nobody would miss me",
            "(?:no one|nobody|noone|no body|none of them) (?:would|will|is going to|even)(?: even)? (?:miss me"
                + "|notice if i|care if i|notice i am gone|notice when i am gone|miss me when)"),
        SignalRule.of(CRISIS, "end it all",
            "(?:end|ending|ended) (?:it all|everything|my life|my own life|his life|her life"
                + "|their life|his own life|her own life|their own life|it tonight|it today|it now"
                + "|it for good|it soon|it all tonight|my suffering for good|the pain for good"
                + "|my existence)"),
        SignalRule.of(CRISIS, "want to end it",
            INTENT + " (?:to )?(?:just )?(?:end it|end things|finish it|end everything|finish everything"
                + "|be done with (?:it all|life|living|everything)|put an end to (?:it|everything"
                + "|my life))(?! with| on a)"),
        SignalRule.of(CRISIS, "thinking about ending it",
            "(?:thinking about|thinking of|thought about|think about|considering|thoughts of"
                + "|thoughts about|contemplating|obsessing over|fantasi[sz]ing about) (?:ending"
                + "|taking) (?:it|it all|things|everything|my life|my own life|his life|her life"
                + "|their life)(?! with| on a)"),
        SignalRule.of(CRISIS, "planning to die",
            "(?:plan|plans|planning|planned|working out|worked out) (?:how|when|where|the way|ways)"
                + " (?:to die|to end it|to end my life|to kill myself|i will die|i am going to die)"
                + "(?! on stage| laughing| of (?:laughter|embarrassment|boredom|shame))"
                + "|planning (?:my|his|her) (?:own )?(?:death|suicide|exit)"),
        SignalRule.of(CRISIS, "end it myself",
            "(?:end|ending) (?:it|things|my life) (?:myself|yourself|by myself)"
                + "|switch (?:myself|me) off(?! for| from| at)"),
        SignalRule.of(CRISIS, "take my own life",
            "(?:take|taking|took|takes) " + THEIR + " (?:own )?life(?! back| into| in (?:my|his|her)"
                + " (?:own )?hands| to)"),
        SignalRule.of(CRISIS, "life not worth living",
            "(?:not|no longer|never|nothing) worth (?:living|being alive|staying alive"
                + "|living for|sticking around for)"),
        SignalRule.of(CRISIS, "no reason to live",
            "no (?:reason|point|will|desire|wish|purpose) (?:to|in|for|of) (?:live|living|be alive|keep going"
                + "|continue|be here|stay|keep fighting"
                + "|being alive|go on|going on|carry on|carrying on|stay alive|staying alive"
                + "|keep living|exist|existing|wake up|waking up|stick around)"),
        SignalRule.of(CRISIS, "tired of being alive",
            "(?:tired|sick|exhausted|weary) of (?:being alive|living|life|existing|waking up"
                + "|breathing)(?! like| with| in)"),
        SignalRule.of(CRISIS, "what is the point of living",
            "(?:what is|whats) the point (?:of|in) (?:living|being alive|going on|waking up"
                + "|carrying on|staying alive|life|me being here|being here)"),
        SignalRule.of(CRISIS, "cannot go on living",
            "(?:cannot|can not|could not) (?:go on|keep|carry on) (?:living|being alive|existing)"),
        SignalRule.of(CRISIS, "let me die", "(?:let|leave) (?:me|him|her) (?:just )?die")
            .likelyHyperbole(),
        SignalRule.of(CRISIS, "done with life",
            "(?:i am|am|i feel|feeling|so|just|,|is|he is|she is|says he is|says she is) (?:done"
                + "|finished) (?:with (?:life|living"
                + "|everything|it all|this life|being alive|this world|existing)|living)"),
        SignalRule.of(CRISIS, "never wake up",
            "(?:go to sleep|sleep|fall asleep|drift off) and (?:never|not) wake up|(?:stopped|stop|stopping)"
                + " (?:being alive|existing|living)|(?:hurry up and )?finish me off|(?:praying|pray|begging)"
                + " (?:for|to) (?:death|die|not wake up|it to end)|(?:take|taking) me (?:now|tonight"
                + "|already|away from this)|way out (?:except|but|other than|apart from) (?:dying|death"
                + "|to die|ending it|killing myself)|(?:picturing|imagining) (?:my own|my)"
                + " (?:funeral|death)|(?:so|and) i (?:do not|will not|would not) have to wake up"
                + "|goodbye to (?:\\w+ ){0,3}without (?:them|telling|anyone|letting)"
                + "|(?:a|the) plan and (?:i have |have |i )?(?:picked|set|chosen) (?:a|the) (?:date|day)"),
        SignalRule.of(CRISIS, "not safe",
            "not safe (?:tonight|right now|today|at the moment|anymore)|(?:keep|keeping) myself safe"
                + "|(?:take|taking|took) the easy way out|what i (?:might|may|could|will|am going to)"
                + " do to myself|(?:not sure|do not know if|dunno if|unsure if|not certain) i want to"
                + " (?:live|survive|be alive|be here|go on|keep going|stay)|(?:god|someone|something)"
                + " (?:takes|take|will take) me (?:tonight|now|soon|away|in my sleep)|rather (?:be dead"
                + "|die) than (?:keep living|live|go on|carry on|wake up|keep going|be here|face)"
                + "|rather (?:be dead|die) than (?:go through|do (?:this|that|it)|have) (?:another|more|any more|this|that)"
                + "|(?:nearly|almost) (?:ended it|killed myself|did it|went through with it|ended my life)"
                + "|(?:cancer|tumou?r|disease|stage 4|it) (?:does not|doesn't|will not|is not going to"
                + "|isn't going to|is not gonna) (?:kill|get) me (?:first )?(?:, |. )?i will"
                + "|going to kill me is me|(?:say|saying|said|writing|write|wrote|post|posting)"
                + " (?:my )?(?:goodbye|bye|goodbyes)(?: post| message| note)? to (?:the people"
                + "|everyone|you all|all of you|my online|this group|this chat|the group|my"
                + " online family)|my goodbye (?:post|message|note|letter)"
                + "|(?:be|would be|would all be|will be|will all be) (?:fine|ok|okay|better|happier)"
                + " without (?:me|him|her|them)"),
        SignalRule.of(CRISIS, "nothing left to live for",
            "(?:nothing|no one|nobody|noone|not much|none) (?:left )?to live for"),
        SignalRule.of(CRISIS, "euphemism for ending life",
            "(?:planning|plan|plotting|planned|arranging) (?:my|his|her|their) (?:exit|way out|escape"
                + "|departure|final exit)|checking out (?:for good|permanently|early|of life)"
                + "|remove (?:myself|himself|herself) from (?:the equation|the picture|this world"
                + "|everyone|the world)|do (?:myself|himself|herself) in|sort it (?:himself|herself"
                + "|myself)|(?:i am|am|he is|she is) ending (?:it|things|my life|it all)"
                + "|(?:will not|won't|not going to|refuses to|refuse to) wait for the (?:cancer|disease"
                + "|tumou?r|illness|end)|before the (?:cancer|disease|tumou?r|illness|leuka?emia)"
                + " (?:does|gets (?:me|her|him)|takes (?:me|her|him)|finishes)"),
        SignalRule.of(CRISIS, "would be relieved to die",
            "(?:easier|better|happier|relieved|relief|a favou?r|fine|at peace|glad) (?:for (?:everyone"
                + "|them|my family|all of them|everybody) )?(?:if|when|by) i (?:just )?(?:died|was dead"
                + "|were dead|was gone|were gone|was not here|were not here|did not wake up|disappeared"
                + "|stopped existing|was not around|not being here)|if i (?:died|was dead|were dead"
                + "|did not wake up) (?:tomorrow |tonight |today )?i would (?:be )?(?:relieved|glad"
                + "|happy|fine|not mind|be ok|be okay)|(?:favou?r|relief) (?:by|if) (?:i |me )?"
                + "(?:not being here|dying|disappearing|being gone)|(?:thought|idea) of (?:not being"
                + " alive|not being here|not existing|dying|being dead|my death|death|ending it)"
                + " (?:is|makes|feels|comforts|brings|gives)|(?:fantasi[sz]ing|dreaming|daydreaming)"
                + " about (?:my own|my|dying|death|not waking)(?: death| funeral)?"
                + "|(?:deciding|decide|wondering) whether (?:i want|to be|to stay) (?:to be )?alive"),
        SignalRule.of(CRISIS, "not safe tonight",
            "(?:cannot|can not|could not) (?:promise|guarantee) (?:i will|i am going to|to|that i will)"
                + " (?:be|stay|keep myself) safe|(?:do not|does not) (?:feel|feeling) safe (?:with|around"
                + "|from) (?:myself|himself|herself)|not safe (?:with|around|from) (?:myself|himself"
                + "|herself)|(?:do not|cannot|can not) trust myself (?:tonight|right now|anymore|alone)"
                + "|(?:will not|won't|not going to|am not going to) be (?:here|around|alive) (?:by|after"
                + "|past|for) (?:the weekend|tonight|tomorrow|friday|monday|next week|the end of the"
                + " week|christmas|morning)|(?:will not|won't) be (?:a burden|bothering anyone|a"
                + " problem) (?:much longer|for long|anymore|after tonight|any longer)"),
        SignalRule.of(CRISIS, "afraid of what I might do",
            "(?:scared|afraid|worried|terrified|frightened|tempted|going|gonna|about|close to"
                + "|might|could|will|want to|urge to) (?:that )?(?:i am |i will |i might |i could "
                + "|i would |i )?(?:going to |gonna )?(?:do|doing) something (?:stupid|drastic|silly"
                + "|bad|terrible|permanent|final)? ?(?:to myself|tonight|today|i cannot take back"
                + "|i can not take back)")
            .writer(),
        SignalRule.of(CRISIS, "self-harm",
            "(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|punish|punishing|starve"
                + "|starving|injure|injuring|scratch|scratching|hit|hitting) " + SELF)
            .writer().unquoted(),
        SignalRule.of(CRISIS, "self-harm",
            "(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|injure|injuring) " + OTHER_SELF)
            .someoneElse().unquoted(),
        SignalRule.of(CRISIS, "self-harm",
            "self ?harm(?:ing|ed|s)?|selfharm\\w*|self injur\\w*|relapsed? (?:on|into) self harm"
                + "|sh (?:again|urges)")
            .unquoted(),
        SignalRule.of(CRISIS, "intent to self-harm (details withheld)",
            "(?:" + INTENT + "|going|tempted|thought about|thinking about) to (?:take|swallow|down"
                + "|drink) (?:all|every|the whole|the rest|a whole|loads|a load|handfuls)"
                + "|(?:" + INTENT + " to|thinking about|thought about|plan to|planning to) overdos\\w*"
                + "|overdos\\w* on purpose|(?:stockpiling|stockpiled|saving up|saved up|hoarding"
                + "|hoarded|collecting|saved|saving|kept back|keeping back) (?:up )?(?:all )?(?:my |his |her |the )?"
                + "(?:\\w+ )?(?:pills|tablets|meds|morphine|painkillers|medication|medicine|prescriptions?)"
                + "(?! for (?:the|my|his|her) (?:\\w+ )?(?:appointment|trip|holiday|pharmacist|doctor|gp))|(?:bought|got|found|have) (?:a |the )?"
                + "(?:rope|gun)")
            .unquoted(),
        SignalRule.of(CRISIS, "want to die",
            "(?:ready|prepared|deserve|deserves) to (?:die|be dead)|wan(?:t|na) (?:to )?die"
                + "|(?:want|wish) is to (?:just )?die|want to (?:go to )?sleep forever"
                + "|(?:pray|praying|hope|hoping|wish) (?:\\w+ ){0,3}(?:that )?i (?:will not|would not|do not|never)"
                + " wake up|(?:think|thinking|thought) (?:about|of) (?:not being here|not being alive|not existing)"
                + "(?: anymore| any more)? (?:like )?(?:all the time|constantly|every (?:single )?(?:day|night))"
                + "|(?:do not|dont|no longer|never) (?:want|wanna|wish) to be here(?= \\.| ,| and| but|$)"
                + "|(?:i am|am|so) done (?:being alive|existing|breathing|living)"
                + "|(?:hope|hoping|wish|pray|praying) (?:that )?i (?:get|got|will get|would get) (?:hit|run over"
                + "|killed)"
                + "|(?:want|wants|need) (?:it all|everything|all of it|my life|this life) to (?:end|stop|be over)")
            .likelyHyperbole(),
        SignalRule.of(CRISIS, "has taken too much medicine",
            "(?:i (?:have |just )?|just )(?:overdosed|took an overdose|taken an overdose)"
                + "|(?:taken|took|swallowed|downed) (?:a bunch|a load|loads|a handful|handfuls|a whole"
                + " (?:box|packet|bottle|pack)|the whole (?:box|packet|bottle|pack)|all) of (?:my |his |her"
                + " |their |the )?(?:\\w+ )?(?:pills|tablets|meds|medication|painkillers)")
            .unquoted(),
        SignalRule.of(CRISIS, "self-harm",
            "(?:cut|cutting|scratched|scratching|slashed|slashing|slit|sliced) (?:at )?(?:my|his|her) wrists?"
                + "|(?:scratched|cut|scratching|cutting|hit|hitting|burned|burnt|burning) (?:at )?"
                + "(?:my |his |her )?(?:\\w+ )?(?:till|until) (?:they|it|i|he|she) (?:bled|bleed|bleeds)")
            .unquoted(),
        SignalRule.of(CRISIS, "goodbye message",
            "(?:will not|never) hear from me again (?:after|from|once|by) (?:tonight|today|this|now"
                + "|tomorrow)|(?:will|i will|i'll) be gone (?:by|before) (?:the weekend|tonight|tomorrow"
                + "|morning|friday|saturday|sunday|monday|next week|the end of)"
                + "|(?:say|saying|said) (?:my )?(?:goodbye|goodbyes|bye) to (?:someone|somebody|anyone)"),
        SignalRule.of(CRISIS, "goodbye-like words",
            "(?:will not|never) hear from me again|going to make it happen|make it happen soon"
                + "|(?:pills|tablets|meds) (?:all )?(?:lined up|laid out|counted out)(?! (?:in|for) (?:the|a|my)"
                + " (?:box|week|organiser|organizer|dosette))|(?:i have|i have got|got) the means"
                + "|started (?:to plan|planning)|made (?:the )?arrangements|said my goodbyes"
                + "|before i go(?= \\.| ,| you|$)|being a burden (?:to|on)|(?:who|anyone|anybody|people)"
                + " (?:would|will) (?:even )?(?:come|turn up|show up) (?:to|at|for) my funeral"
                + "|(?:guess|i guess) (?:we will|you will|everyone will) (?:find out|see) soon"
                + "|(?:am|i am) just ready to go|for when i decide|i am done \\.|scared of myself"
                + "|(?:going to|will) do it (?:tonight|today|this weekend|tomorrow)|i have nothing left(?= \\.|$)"
                + "|i will do it myself|(?:want|wanna|going|thinking about how) to jump(?= \\.|$| off| from)")
            .weakEvidence(),
        SignalRule.of(CRISIS, "goodbye message",
            "(?:this is|here is|consider this|this will be|this was) (?:my|a|the) (?:last|final)"
                + " (?:message|post|goodbye|words|note|letter|time posting)(?! for a (?:bit|while|few"
                + "|couple|week|month)| until| before| of the (?:day|year|week|night)| for now| for today)"
                + "|(?:final|last) (?:goodbye|farewell|goodbyes)(?! to (?:my|the) (?:hair|port"
                + "|chemo|treatment))|this is goodbye|goodbye (?:forever|world|cruel world|for good)"
                + "|by the time (?:you|anyone|someone|you all) (?:read|reads|see|sees|find|finds) this"
                + "|(?:will not|may not) be (?:around|here|alive) (?:tomorrow|after tonight|by tomorrow"
                + "|by morning|in the morning|to see tomorrow)"),
        SignalRule.of(CRISIS, "goodbye-like words",
            "goodbye (?:everyone|all|guys|friends|all of you|my friends|everybody|lovely people)"
                + "|(?:thank you|thanks) (?:all|everyone|everybody|guys) for everything"
                + "|(?:i will|i shall|gonna) miss you all"),
        SignalRule.of(CRISIS, "goodbye-like words",
            "(?:gave|giving|give|given) away (?:all )?(?:of )?(?:my|his|her) (?:things|stuff"
                + "|belongings|possessions|clothes|cat|dog|pets|books)"
                + "|(?:written|wrote|writing|left|leaving) (?:letters|notes|a letter|a note"
                + "|goodbye letters|goodbye notes|my goodbyes)"
                + "|(?:will not|won't) (?:need|be needing) (?:the|my|this|any) (?:\\w+ ){0,2}"
                + "(?:anymore|any more|after (?:today|tonight|this week))"
                + "|(?:take|look after|taking) (?:care )?(?:of )?(?:my|the) (?:kids|children|cat|dog"
                + "|family|babies|wife|husband|son|daughter|pets?) for me"
                + "|(?:forgive me|i am sorry for everything|sorry for everything)"
                + "|(?:it is|its) time (?:for me )?to go|see you (?:on the other side|in the next life"
                + "|in another life)|(?:will not|may not|might not) be (?:here|around) (?:much longer"
                + "|anymore|any more|for long)|(?:want|wants|wanted|just want) (?:it|this|everything"
                + "|all of it|it all) to (?:end|stop|be over)|(?:would|had) rather (?:be dead|die"
                + "|not wake up|not be here|not be alive)|(?:done|finished) fighting"
                + "|(?:thinking|think|thought) (?:about|of) (?:death|dying|not being here) (?:all the"
                + " time|constantly|every day|a lot|so much)|i have a plan|made (?:my|the) decision"
                + "|(?:i am|am) (?:a )?burden|burden (?:to|on) (?:everyone|my family|everybody"
                + "|my kids|my husband|my wife|them)|(?:want|wish) to disappear"
                + "|(?:will not|won't|not gonna|not going to|am not going to) be (?:here|around)"
                + " (?:for|much|after|by|anymore|any more|next)|not (?:because of|from|due to) (?:the )?"
                + "(?:cancer|tumou?r|disease)|(?:it is|its|it was) not the (?:cancer|tumou?r|disease)"
                + "|(?:like|as if) it (?:was|were|is) the last time|(?:if|when) you (?:do not|don't)"
                + " hear from me|on my own terms|(?:i am|am) ready to go"
                + "|(?:picked|set|chosen) (?:a|the) (?:date|day)|i (?:made|have|have got|got) a plan"
                + "|how (?:do|to|can|should) i say goodbye|(?:hoping|hope|wish) something (?:just )?"
                + "(?:happens|would happen|bad happens) to me|(?:saying|said|says) (?:that )?(?:she|he"
                + "|they) (?:loves|love) (?:me|us|you)|if i (?:was|were) (?:gone|dead|not here|not around)"
                + "|(?:imagining|planning|thinking about|picturing) how (?:i would|to|i will) say goodbye"
                + "|(?:want|wants) it to (?:happen|be soon|come soon|end)|(?:the thought|it) comforts me"
                + "|(?:posted|sent|left|wrote|saying|said) (?:a |his |her "
                + "|their |my )?(?:goodbye|goodbyes|farewell)|(?:phone|location) (?:is |has been )?"
                + "(?:off|switched off|turned off)|(?:will not|won't) need (?:them|it|any of (?:it|this"
                + "|them))|cancel(?:l?ed|l?ing) (?:all )?(?:my|his|her) (?:appointments|treatment"
                + "|chemo)|(?:tell|let) (?:my )?(?:\\w+ )?(?:know )?(?:i am sorry|i love (?:them|her"
                + "|him|you))|(?:cannot|can not) do this (?:anymore|any more|any longer)"
                + "|(?:sorted|sorting|put) (?:everything|things|my affairs|it all) (?:out|in order)"
                + "|(?:made|make) (?:up )?(?:my|her|his) (?:mind|decision)|not being here anymore"
                + "|(?:thank|thanks) (?:you )?(?:all|everyone|to this group|for being kind)")
            .weakEvidence());
  }

  /**
   * Crisis said indirectly: slang, places and acts hinted at rather than named, wishes to follow
   * someone who died, a few words in other languages. Reasons never quote these (they may hint at
   * a method); weak ones need a second sign or a close exemplar.
   */
  static List<SignalRule> indirectCrisis() {
    return List.of(
        SignalRule.of(CRISIS, "kill myself (slang)",
            "(?:top|topping|topped|off|offing|do in|doing in) " + SELF).writer().likelyHyperbole(),
        SignalRule.of(CRISIS, "thoughts of acting on it (details withheld)",
            "(?:thinking|thought|think|thinking about|thought about|think about|obsessing over"
                + "|fantasi[sz]ing about|(?:cannot|can not) stop thinking about) (?:about |of )?"
                + "(?:jumping|letting go|walking in|walking into|stepping off|stepping out in front"
                + "|driving into|driving off|crashing (?:the|my) car|not coming back)"
                + "|(?:least painful|painless|quickest|easiest|quietest) way to (?:go|die|do it|end it)"
                + "|(?:looking up|researching|googling|searching|searched|looked up|reading up on)"
                + " (?:ways|methods) (?:to (?:die|go|do it|end (?:it|things|my life|everything))|\\.|$)"
                + "|(?:decided|know|worked out|figured out|planned|chosen) (?:when and how|how and when)"
                + "|(?:have|got|put) (?:the |my |all the )?(?:medicine|pills|tablets|meds|everything)"
                + " ready|(?:take|swallow|down) (?:everything|them all|all of them|the lot|the whole lot)"
                + "|(?:not taking|stop taking|stopping|skip|skipping|stop) (?:my |his |her )?(?:insulin"
                + "|meds|medication|tablets|pills) (?:and|to) (?:let|letting) (?:it|everything|it all)"
                + " (?:all )?end")
            .unquoted(),
        SignalRule.of(CRISIS, "only thing keeping me alive",
            "(?:only|one) (?:thing|reason|person|one) (?:stopping|keeping|holding) me (?:here|alive"
                + "|back|going|from)|(?:is|are) the only (?:thing|reason|one|ones) (?:keeping|stopping)"
                + " me"),
        SignalRule.of(CRISIS, "voices telling me to die",
            "(?:telling|tells|told|tell) me to (?:die|kill myself|end it|end my life|do it)"),
        SignalRule.of(CRISIS, "want my life to end",
            "(?:want|wish|need|want for) (?:my|his|her) life to (?:end|be over|stop)"
                + "|(?:is|are|would be|will be|be) (?:better|happier|easier) (?:off )?without me"
                + "|(?:do not|cannot|can not) see (?:a |any )?(?:reason|point) (?:to|in|for) (?:live"
                + "|living|go on|going on|carry on|carrying on|stay alive|be here)"
                + "|(?:treatment|chemo|cancer|illness|disease|it) (?:does not|do not|doesnt|will not)"
                + " (?:kill|get) me (?:first )?(?:, )?i will (?:do it|finish it|end it)"),
        SignalRule.of(CRISIS, "do not trust myself",
            "(?:do not|cannot|can not|could not) trust myself(?! with (?:money|cake|chocolate|biscuits"
                + "|sweets|food|the|a|my (?:card|credit|money)))"),
        SignalRule.of(CRISIS, "wants to follow someone who died",
            "(?:want|wants|wanted|going|how|ready|plan|planning|thinking about how|could just"
                + "|arrangements|decided) to"
                + " (?:go (?:and )?)?(?:join|follow|be with) (?:him|her|them|my (?:husband|wife|partner|son|daughter"
                + "|mum|mom|dad|mother|father|brother|sister|baby|boy|girl)) (?:again|now|soon"
                + "|tonight|\\.|$)")
            .weakEvidence(),
        SignalRule.of(CRISIS, "words in another language",
            "(?:quiero|quiere|queria) (?:morir|morirme|matarme|suicidarme)|me quiero (?:morir"
                + "|matar)|je veux mourir|(?:ich will|ich möchte) sterben|voglio morire"
                + "|quero morrer|wil dood|chce umrzec|chce umrzeć"),
        SignalRule.of(CRISIS, "goodbye-like words",
            "(?:tonight|today|tomorrow) is the (?:night|day)|(?:tonights|todays) the (?:night|day)"
                + "|i think i am done|i am just ready to go|(?:wrote|written|writing|left) (?:the |my )?"
                + "(?:letters|notes)(?: to everyone| for everyone| to my family| for my family| \\.|$)"
                + "|(?:will not|won't) (?:be )?(?:around|here) to (?:deal|see|worry|face|watch)"
                + "|(?:will not|won't|will no longer) have to (?:read|see|deal with|look after"
                + "|worry about|put up with|care for) (?:me|my)|(?:nobody|no one|you|they|none of you)"
                + " (?:has|have|will have|need|needs) to (?:look after|care for|worry about|deal with"
                + "|put up with) me (?:anymore|any more|much longer|after)|(?:leaving|leave|gone|go)"
                + " (?:, )?(?:permanently|for good|forever)(?! to| from| in)|(?:just )?want out"
                + "|(?:come|please come) (?:and )?get me|(?:edge|top) of the (?:balcony|roof|bridge"
                + "|cliff|platform|car park)|(?:on|at) the (?:bridge|cliff edge|ledge|railway|tracks"
                + "|rooftop)|life insurance (?:pays? out|cover|covers) (?:if|for|when)"
                + "|(?:gave|giving|give) (?:away )?(?:her|his|my|their) things (?:and|away)")
            .weakEvidence().unquoted());
  }

  static List<SignalRule> medical() {
    return List.of(
        SignalRule.of(MEDICAL, "bleeding spots or sudden weakness",
            "(?:purple|tiny red|red|dark) (?:spots|dots|pinpricks|pin pricks)(?: all over| everywhere"
                + "| on (?:my|his|her|their) (?:legs|arms|body|skin|chest))|petechia\\w*"
                + "|(?:sudden|suddenly|new) (?:weakness|numbness|weak|numb) (?:in )?(?:both |my |his "
                + "|her )?(?:legs|arms|feet)|(?:cannot|can not|could not|unable to) (?:move|lift|stand"
                + " on|feel) (?:my|his|her|their) (?:legs|feet) (?:at all|suddenly|since|anymore|now)"
                + "|(?:cannot|can not|could not) swallow (?:her|his|my|their) (?:own )?(?:spit|saliva)")
            .duringTreatment(),
        SignalRule.of(MEDICAL, "fever during treatment",
            "(?:fever|fevers)(?! rules| threshold| guidelines| advice| card| plan| info| leaflet"
                + "| protocol| number| line| check| is| was| means| counts)|febrile|feverish|high temp|high temperature|temperature spike|temp spike"
                + "|spiked a (?:temp|temperature|fever)|spiking a (?:temp|temperature|fever)"
                + "|running a (?:temp|temperature|fever)|(?:temp|temperature) (?:is |has gone |went )?"
                + "(?:up|high|rising|spiking|climbing|through the roof)|spiking|burning up|roasting hot"
                + "|hot and (?:shivery|shaky|cold)")
            .duringTreatment(),
        SignalRule.of(MEDICAL, "shaking chills",
            "(?:shaking|shivering|uncontrollable|violent|bad|severe|the|with|got|have|having) "
                + "(?:chills|rigors|rigours|shivers|shakes)|rigors|rigours|(?:cannot|can not|could not)"
                + " stop (?:shivering)|(?:shaking|shivering|trembling) (?:uncontrollably"
                + "|violently|all over|like a leaf|so badly|so bad|non stop|and (?:hot|burning"
                + "|sweating|feverish|cold))|teeth (?:are )?chattering|chills and (?:shaking"
                + "|shivering|sweats|a temp|fever)")
            .explainedByPanic(),
        SignalRule.of(MEDICAL, "trouble breathing",
            "(?:cannot|can not|can barely|could not|could barely|barely|hard to|struggling to"
                + "|struggle to|struggles to|struggling|trouble|difficulty|difficult to|problems"
                + "|hard time|unable to|fighting to|fighting for|labou?red|laboring|labouring|not)"
                + " (?:breathe|breathing|catch (?:my|his|her|a|their) breathe|get (?:a )?breathe)"
                + "|short(?:ness)? of breathe|(?:really |very |so |too |extremely |suddenly )?breathless"
                + "|gasping|(?:lips|fingers|face|mouth) (?:are |is |turning |going |look |looks |went "
                + "|gone )+(?:blue|grey|gray|purple)|(?:breathing|breathe) (?:is |are |has )?(?:got |gotten"
                + " |become )?(?:very |really |so |much )?(?:fast|shallow|laboured|labored|rattly|noisy"
                + "|worse|difficult|hard|bad|struggling|raspy|strange|weird)|wheezing|(?:cannot|can not"
                + "|could not) get (?:enough )?air|out of breathe (?:just )?(?:walking|sitting|lying"
                + "|talking|at rest|doing nothing|resting|standing)|air hunger")
            .explainedByPanic(),
        SignalRule.of(MEDICAL, "chest pain",
            "chest (?:pain|pains|is hurting|hurts|hurting|feels tight|is tight|tightness|pressure"
                + "|is crushing|feels heavy|feels crushed|is killing me|aches|ache|feels like"
                + "|is sore|is on fire|is burning|discomfort|(?:has |is |feels |got |gone |has got )+"
                + "(?:really |very |so |super )?(?:tight|heavy|sore|painful|crushing))|(?:pain|pains|tightness|pressure|crushing"
                + "|squeezing|stabbing|heaviness|ache|aching|weight) (?:in|on|across) (?:my|his|her"
                + "|the|their) chest|(?:tight|heavy|crushing|painful|sore|aching) chest"),
        SignalRule.of(MEDICAL, "uncontrolled bleeding",
            "bleeding (?:\\w+ ){0,5}(?:will not|won't|does not|doesn't|would not) stop|(?:vomited|vomiting"
                + "|threw up|throwing up|been sick|coughed up|coughing up) (?:\\w+ ){0,3}blood|(?:bleeding|blood|bleed|nosebleed|nose bleed|nose|cut|wound|port|line|site|gums)"
                + " (?:will not|does not|that will not|that does not|which will not|just will not"
                + "|is not|has not|would not|keeps|keep|still|not|just|wont) (?:stop|stopping|stopped"
                + "|slow|slowing|clot|clotting|bleeding)|(?:cannot|can not|could not|unable to)"
                + " (?:stop|control) (?:the |his |her |my |this )?(?:bleed|bleeding|blood)"
                + "|bleeding (?:heavily|a lot|badly|profusely|everywhere|nonstop|non stop|through"
                + "|like crazy|so much|for (?:an hour|hours|over|ages|\\w+ minutes))|(?:heavy|massive"
                + "|severe|uncontrolled|uncontrollable) bleeding|(?:coughing|throwing|vomiting|puking"
                + "|spitting|bringing) up blood|(?:vomiting|vomited|threw up|throwing up|puking|sick)"
                + " (?:blood|with blood|is bloody|has blood)|(?:lots|loads|so much|a lot|pools) of"
                + " blood(?! tests?| work| draws?| counts?| results?| donors?| pressure| sugar"
                + "| taken| test)|soaked (?:through )?(?:the |a |my |his |her )?(?:dressing|bandage"
                + "|pad|pads|towel|towels|sheets|gauze)|(?:black|tarry|bloody) (?:poo|poop|stool"
                + "|stools|diarrhoea|diarrhea)|blood (?:in|all over) (?:my|his|her|the) (?:vomit|sick"
                + "|stool|poo|poop|bed|sheets|bathroom)"),
        SignalRule.of(MEDICAL, "sudden confusion",
            "confused about (?:where|who|what day) (?:he|she|i|they|we|it) (?:is|am|are|was)"
                + "|(?:suddenly|very|really|so|extremely|is|seems|seemed|became|becoming|getting|got|gone"
                + "|went|more|really) (?:very |really |so |quite )?(?:confused|muddled)"
                + "(?! about| by| with| as| why| how| what| which| whether| if| on| over| because"
                + "| at| for| when)|confused and (?:drowsy|disoriented|agitated|sleepy|not|talking)"
                + "|disoriented|disorientated|delirious|delirium|(?:does not|did not|cannot|can not"
                + "|could not) (?:know|recogni[sz]e|remember) (?:where (?:he|she|i|they) (?:is|am|are"
                + "|was)|who (?:i|we|he|she) (?:am|are|is)|me|us|what day|his own|her own)"
                + "|(?:he|she|they|dad|mum|mom|husband|wife|partner|mother|father|grandma|grandad"
                + "|nan) (?:is|keeps|was|has been|started|starts) (?:not making|talking|saying)"
                + " (?:any )?(?:sense|nonsense|gibberish|strange things|weird things)|slurring"
                + "|slurred (?:speech|words)|(?:cannot|can not|could not) wake (?:him|her|them|mum|mom"
                + "|dad|my \\w+) up|(?:face|mouth) (?:is |has )?(?:drooping|droopy)|seizure|seizures"
                + "|having a fit|convulsing|fitting(?! (?:appointment|room|session|for|of|in|today|tomorrow))"),
        SignalRule.of(MEDICAL, "severe uncontrolled pain",
            "(?:pain|it|pain level|pain score) (?:is |at |at a |a |of |is a |is at )?(?:10|9|ten|nine"
                + "|11|eleven|100|20|12)(?: out of| of)? (?:10|ten)|(?:10|9|ten|nine|11)(?: out of"
                + "| of)? (?:10|ten) (?:pain|painful)|(?:worst|unbearable|excruciating|agonising"
                + "|agonizing|extreme|horrendous|horrific|unmanageable|uncontrolled|uncontrollable"
                + "|crippling|intolerable|screaming|blinding|severe|insane|unreal) (?:\\w+ )?(?:pain"
                + "|pains|agony)|pain (?:is |has become |getting |has got |has gotten |that is |so )?"
                + "(?:so |absolutely |completely |just |now )?(?:unbearable|excruciating|out of control"
                + "|uncontrollable|unmanageable|intolerable|agonising|agonizing|through the roof"
                + "|off the charts|off the scale|beyond anything|too much)|in (?:absolute |complete "
                + "|so much |terrible |total |such )?agony|(?:screaming|crying|writhing|sobbing"
                + "|doubled over|howling|moaning) (?:in|with|from) (?:the )?pain|(?:pain meds"
                + "|pain medication|pain medicine|pain killers|painkillers|morphine|oxycodone|oxy"
                + "|oramorph|pain relief|breakthrough meds|meds|pain patch|patch|medication)"
                + " (?:are not|is not|not|do not|does not|have not|has not|have not been|has not been"
                + "|just|are barely|is barely) (?:working|helping|touching|doing anything|holding"
                + "|enough|controlling|help|work|touch|even touching|making a dent)|(?:cannot|can not"
                + "|could not) (?:control|manage|get on top of|bear) (?:the|my|his|her|this) pain"),
        SignalRule.of(MEDICAL, "severe uncontrolled pain",
            "(?:is|at|a|rate it|rated|rating|scoring|score) (?:a )?(?:10|9|ten|nine|11)(?: out of| of)?"
                + " (?:10|ten)")
            .with("pain|hurts|hurting|agony|ache|aching"),
        SignalRule.of(MEDICAL, "severe diarrhoea",
            "(?:severe|constant|non stop|nonstop|uncontrollable|watery|bloody) (?:diarrhoea|diarrhea"
                + "|diarrhoe|the runs)|(?:diarrhoea|diarrhea|runs|loose stools|the toilet) (?:\\d+|ten"
                + "|eight|nine|six|seven|twelve|many|so many|loads of) times"),
        SignalRule.of(MEDICAL, "reaction during an infusion",
            "(?:come|came|broken|broke|breaking) out in (?:a |an )?(?:\\w+ ){0,3}(?:rash|hives|welts"
                + "|blotches)|(?:face|lips|eyes|tongue|throat) (?:feels|feel|looks|look|is|are|has gone"
                + "|went) (?:really |very |so )?(?:puffy|swollen|tight|thick)")
            .duringTreatment(),
        SignalRule.of(MEDICAL, "shaking chills",
            "(?:cannot|can not|could not) stop shaking")
            .with("fever|temp\\w*|chills|rigou?rs|hot|cold|freezing|infusion|\\d\\d|shivering")
            .explainedByPanic(),
        SignalRule.of(MEDICAL, "fainting",
            "(?:feel|feeling|felt|feels) (?:really |very |so |a bit |quite )?faint|fainted|fainting|passed out|passing out|pass out|blacked out|blacking out|black out"
                + "|collapsed|collapsing|keeled over|lost consciousness|losing consciousness"
                + "|unconscious|unresponsive|(?:nearly|almost|about to|going to|keep|keeps|kept|feel"
                + "|feels|felt) (?:like )?(?:i am going to |going to )?(?:faint|pass out)")
            .likelyHyperbole(),
        SignalRule.of(MEDICAL, "unable to keep fluids down",
            "(?:cannot|can not|could not|unable to|not able to|been able to|not been able to"
                + "|can barely|struggling to|not|failing to) (?:even )?(?:keep|kept|keeping|hold|held|holding)"
                + " (?:anything|any|fluids|fluid|water|liquids|drinks|food|it|a thing|even water|even"
                + " sips|sips|a sip|a drop|medication|meds|tablets|pills) (?:\\w+ )?down"
                + "|(?:nothing|not even water|no fluids|not even fluids|water|fluids|nothing at all)"
                + " (?:is |will |has |have )?(?:stays|staying|stay|stayed|will not stay|stopped"
                + "|staying) down|(?:vomiting|throwing up|being sick|puking|been sick|been vomiting"
                + "|been throwing up|sick|vomited|thrown up) (?:for|since|all|non stop|nonstop"
                + "|constantly|every hour|over|every) (?:\\w+ )?(?:24|twenty four|hours|day|days"
                + "|yesterday|night|morning|\\d+)|(?:has not|have not|had not|did not|not) (?:peed"
                + "|urinated|weed|passed urine|had a wee|drunk anything|drank anything|eaten or drunk)"
                + " (?:since|in|for|all)|(?:cannot|can not|could not|unable to|not able to) (?:pee|wee"
                + "|urinate|pass urine|pass water)(?: at all)? (?:since|for|all)"),
        SignalRule.of(MEDICAL, "one swollen painful leg",
            "(?:one|my|his|her|left|right|the|their) (?:left |right |lower )?(?:leg|calf|thigh)"
                + " (?:is |has |has gone |went |got |has got |looks |feels |suddenly |become |gotten )*"
                + "(?:all |really |very |so |badly |quite |super )?(?:swollen|swelling|puffy|puffed up"
                + "|bigger|huge|twice the size|hot|red|throbbing)|swollen (?:and (?:painful|red|hot"
                + "|tender|sore) )?(?:left |right |one )?(?:leg|calf)|(?:pain|painful|hurts|hurting"
                + "|tender|cramping|throbbing|ache|aching) (?:in )?(?:my|his|her|the|one|their) (?:left"
                + " |right )?calf")
            .with("pain|painful|hurts|hurting|hurt|tender|sore|red|hot|warm|throbbing|tight|ache"
                + "|aching|swollen|swelling|cramp\\w*"),
        SignalRule.of(MEDICAL, "reaction during an infusion",
            "(?:during|in the middle of|halfway through|partway through|part way through|at|while"
                + " (?:having|getting|on)|minutes into|started|hooked up to|getting|having) (?:my |his "
                + "|her |the |todays |today is |their )?(?:infusion|drip|chemo|treatment|transfusion"
                + "|immunotherapy|dose|herceptin|rituximab|taxol|paclitaxel|docetaxel|carboplatin"
                + "|oxaliplatin|keytruda|iron infusion|first dose|session)")
            .with("rash|hives|itch\\w*|throat|swell\\w*|flush\\w*|breathe|breathing|wheez\\w*"
                + "|tongue|lips|reaction|reacting|dizzy|faint\\w*|rigors|shaking|chest (?:pain|tight)"
                + "|tight chest|back pain|blotch\\w*|welts"),
        SignalRule.of(MEDICAL, "allergic reaction",
            "(?:allergic )?reaction (?:to|during|from|with) (?:the |my |his |her |this |their )?"
                + "(?:infusion|drip|chemo|treatment|transfusion|immunotherapy|dose|first dose|meds"
                + "|antibiotics|iv)|anaphyla\\w*|throat (?:is |feels |keeps |has |started )?"
                + "(?:closing|tight|tightening|swelling|swollen|closing up|swelling up)|(?:lips"
                + "|tongue|face|mouth|eyes) (?:is |are |keep |keeps |started |have |has )?(?:swelling"
                + "|swollen|puffing|puffed) ?(?:up)?|(?:covered|broken out|broke out) in hives"));
  }

  static List<SignalRule> distress() {
    return List.of(
        SignalRule.of(DISTRESS, "panic",
            "the panic|panic (?:is|about|keeps|over|has)|panic attacks?|panicking|panicky|(?:in|having|had|full blown|full on|a) (?:a )?"
                + "(?:full blown |complete |total )?panic(?! buying| buy| bought)|anxiety attacks?"
                + "|(?:heart|mind) (?:is )?(?:racing|pounding) (?:and|with) (?:panic|fear|dread)"),
        SignalRule.of(DISTRESS, "cannot cope",
            "(?:cannot|can not|could not|unable to|not able to|struggling to|do not know how to"
                + "|no longer) (?:cope|handle (?:this|it|any of this|anything|anymore|life|much more)"
                + "|deal with (?:this|it|any of this|anything|life)|take (?:this|it|any more|anymore"
                + "|much more|this anymore)|do this (?:anymore|any more|any longer|alone|on my own"
                + "|by myself)|go on (?:like this)?|keep going|carry on|face (?:this|it|another day"
                + "|tomorrow)|breathe (?:with|from|for) (?:the )?(?:anxiety|fear|panic|stress)"
                + "|function|think straight)|not coping|(?:falling|fall|fallen|fell) apart"
                + "|(?:breaking|broke|broken) down|(?:end of my) (?:rope|tether)|at my wits end"
                + "|(?:losing|lost|lose) my mind|(?:mental|nervous|emotional) breakdown"
                + "|(?:cannot|can not) (?:take|stand) (?:it|this) (?:anymore|any more|any longer)"
                + "|too much to (?:bear|handle|cope with)|(?:barely|not|cannot|can not) (?:holding|hold)"
                + " (?:it|myself|things) together|(?:cannot|can not) do (?:this|it) (?:on my own|alone"
                + "|anymore|any more)|(?:ruining|destroying|taking over|consuming|swallowing) my life"
                + "|(?:hit|hitting) (?:a|the) wall|(?:losing|lost) myself|(?:i am|am|such|complete|total"
                + "|emotional|nervous|absolute) (?:a )?wreck|(?:falling|fallen|fell|going) to pieces"
                + "|in pieces|nightmare (?:i|that i) (?:cannot|can not) wake up from|(?:grief|fear|anxiety"
                + "|sadness|it|this|everything|worry) is (?:crushing|destroying|breaking|swallowing"
                + "|eating|suffocating) me|(?:can barely|cannot|can not|barely) function"
                + "|(?:cannot|can not) (?:eat|sleep)(?: ,)? (?:cannot|can not) (?:sleep|eat|think|stop)"
                + "|(?:have not|not) (?:eaten|slept)(?: ,)? (?:have not|not) (?:slept|eaten)"
                + "|something (?:terrible|awful|bad|horrible) is (?:about to|going to) happen|overwhelmed (?:does not|is not|do not) (?:even )?"
                + "(?:begin|cover|come close)|(?:feel|feels|felt) like i (?:cannot|can not) breathe|(?:i am|am|feel|feeling) (?:completely "
                + "|totally |so )?(?:drowning|sinking|spiralling|spiraling|crumbling)"),
        SignalRule.of(DISTRESS, "cannot stop crying",
            "(?:keep|keeps|kept|keeping) (?:on )?crying|crying all the time|(?:cannot|can not|could not|will not|unable to|not able to) stop (?:crying|sobbing"
                + "|weeping|the tears)|crying (?:all|every|for|non stop|nonstop|constantly"
                + "|uncontrollably|my eyes out|so much|again|myself to sleep|in the|at night|in bed"
                + "|alone)|sobbing|(?:cried|cry|cries) (?:all|every|myself to sleep|for hours|and cried"
                + "|non stop|constantly)|in tears (?:all|every|again|constantly|at)|(?:burst|bursting"
                + "|broke|break) (?:into|in) tears|tears (?:will not|do not|keep|just keep) (?:stop"
                + "|coming|falling)"),
        SignalRule.of(DISTRESS, "hopelessness",
            "hopeless|helpless|hopelessness|no hope|(?:lost|losing|lose) (?:all )?hope"
                + "|(?:feel|feels|feeling|felt|am|is|i am|so|utterly|completely) (?:so |very "
                + "|completely |totally |utterly |just |really |incredibly )?(?:desperate|worthless"
                + "|empty|numb|broken|defeated|trapped|useless|alone|isolated|lost|dead inside"
                + "|like a burden|like giving up|like i am drowning|like i am falling apart"
                + "|like nothing will get better|like a failure|invisible)|dead inside|despair"
                + "|desperate|(?:what is|whats) the point (?:of|in) (?:anything|any of (?:it|this)"
                + "|it all|trying|fighting|this|carrying on|treatment|going on|anything anymore)"
                + "|no point (?:in |to )?(?:anything|trying|fighting|any of (?:it|this)|carrying on)"
                + "|(?:a|such a|being a) burden (?:to|on) (?:everyone|my family|my kids|them|my"
                + " husband|my wife|everybody|my children|the people)|(?:giving|give|gave) up"
                + " (?:on everything|on life|hope|on myself)|(?:darkest|dark|bad) (?:place|thoughts"
                + "|hole|headspace)|(?:nothing|never) (?:will |is going to )?(?:get|gets) better"
                + "|(?:cannot|can not|could not) (?:find|see|feel) (?:any )?(?:hope|light|way out"
                + "|future)|(?:so|very|really|incredibly|desperately|terribly) lonely")
            .likelyHyperbole(),
        SignalRule.of(DISTRESS, "overwhelming fear",
            "terrif(?:ied|ies|ying)|petrified|(?:so|really|very|absolutely|completely|utterly|beyond|incredibly"
                + "|extremely|just|too|truly|genuinely) (?:scared|frightened|afraid|overwhelmed"
                + "|anxious|panicked|frantic)|(?:scared|frightened|afraid) (?:to death|out of my mind"
                + "|stiff|all the time|every day|every night|constantly|of everything)"
                + "|(?:completely|totally|utterly|so|very|really|absolutely|too|beyond) overwhelmed"
                + "|overwhelmed (?:by everything|with everything|and|all the time|by it all)"
                + "|(?:anxiety|scanxiety|panic|fear|worry|dread|stress) (?:is |has been |are )?(?:through the"
                + " roof|unbearable|out of control|crippling|overwhelming|consuming me|eating me"
                + " alive|taking over|too much)|(?:crippling|paralysing|paralyzing|overwhelming)"
                + " (?:anxiety|fear|dread)|(?:worst|awful|horrendous|terrible|horrible) (?:anxiety"
                + "|panic|fear|scanxiety)|(?:cannot|can not) (?:sleep|eat|think|function|stop"
                + " shaking|stop thinking|stop worrying|breathe)(?: properly)? (?:because of|from"
                + "|with|for) (?:the )?(?:anxiety|worry|fear|panic|stress|dread)|(?:screaming"
                + "|scream) inside|going crazy|(?:so|very|completely|totally|utterly|all) alone"
                + " (?:in this|with this|and scared|and afraid)|(?:feel|feeling) (?:so |completely )?"
                + "alone and (?:scared|afraid|frightened)")
            .likelyHyperbole(),
        SignalRule.of(DISTRESS, "at breaking point",
            "(?:at|reached|reaching|near|hit|hitting) (?:my |a |the |breaking )?breaking point"
                + "|(?:so|really|very|severely|deeply|badly|extremely|completely) depressed"
                + "|hyperventilat\\w*|such (?:bad )?panic|(?:everything|it all|life|this|it) (?:is|feels)"
                + " (?:so |just )?too (?:heavy|much)|(?:cannot|can not) do this(?: \\.| !|$)"
                + "|(?:hate|hating) who i (?:have become|am becoming|am)"),
        SignalRule.of(DISTRESS, "shock and meltdown",
            "(?:in|complete|total|utter|such|state of) (?:complete |total |utter )?shock"
                + "|(?:total|complete|full|full on|massive|huge|big|had a|having a) meltdown"
                + "|(?:freaking|freak|freaked|flipping) out")
            .likelyHyperbole(),
        SignalRule.of(DISTRESS, "not okay",
            "(?:i am|am|i feel|feeling|i have been|been|really|just|honestly) (?:really |so |just"
                + " |honestly |truly )?not (?:ok|okay|alright|all right|coping|doing (?:ok|okay"
                + "|well|good|great))(?: at all)?"));
  }

  private static String idiomRegex() {
    return "(?:is|are|was|were|it is|its|this is|that is|these|those|this|they are|kind of"
        + "|literally|honestly|is literally|is honestly|are literally|and|which is|waiting is"
        + "|wait is|back is|feet are|knees are|heels are|kids are|shoes are|heat is) killing me"
        + "|(?:killed|kill|killing|slayed|smashed|nailed|crushed) it|killer (?:\\w+)|kill (?:for"
        + "|time|the (?:cancer|tumou?r|tumou?rs|cells|bugs|germs|infection|mood|pain|weeds)|cancer"
        + "|cells|tumou?rs?|it with|two birds)|(?:could|would|i would|i could) (?:murder|kill|die"
        + " for) (?:a|an|some|for)|dying (?:to|for) (?:know|see|hear|try|get|go|meet|find|tell"
        + "|have|eat|read|watch|a|an|some|the|my)|to die for(?! what| my| all| everything| being)|(?:bored|scared|worried|sick|tired"
        + "|laughed|laughing|freezing|frozen|bore|loved|love|annoyed) to death|sick to death"
        + "|dead (?:tired|on my feet|beat|serious|set|end|battery|phone|easy|good|funny|gorgeous"
        + "|cute|ringer|wrong|right|proud|jealous|excited|keen)|drop dead|(?:died|dying|dead"
        + "|die) (?:of|from|laughing|with|inside laughing) ?(?:laughter|laughing|embarrassment|shame"
        + "|boredom|cuteness|happiness|joy|excitement|the cuteness|envy)?|(?:i am|am|literally) dead"
        + "|over my dead body|(?:crying|cried|tears|cry) (?:of|with|from) (?:laughter|laughing|joy"
        + "|happiness|relief|gratitude)|happy tears|(?:cried|crying|sobbing|sobbed|bawling|bawled"
        + "|cry) (?:at|over|during|watching|through|reading) (?:the |that |this |a )?(?:film|movie"
        + "|show|episode|ad|advert|book|ending|finale|wedding|series|video)|panic (?:buying|bought"
        + "|buy)|(?:do not|dont|no need to) panic|(?:drowning|swamped|overwhelmed) (?:in|by|with)"
        + " (?:paperwork|work|emails|forms|laundry|admin|casseroles|cards|messages|love|flowers"
        + "|kindness|support|gifts)|(?:end|ending) (?:it|things|the day) (?:on|with) (?:a|an)"
        + " (?:high|good|positive|happy|nice)|(?:shoot|shot) (?:me|you|us|them) (?:a|an)"
        + " (?:message|text|dm|email|line|pm)|overdosed? on (?:\\w+ )?(?:chocolate|netflix|tv"
        + "|sugar|coffee|cake|biscuits|crisps|cheese|reality tv|sleep|cuteness|carbs|sweets)"
        + "|suicide (?:squad|mission|doors|run|bomber)|my (?:hair|eyebrows|eyelashes|port) (?:is"
        + " )?(?:dead|dying)|(?:dying|dead) (?:plant|plants|phone|battery|laptop)|killing"
        + " (?:time|cancer|cells|the cancer|it|the cells)|(?:wanted|want) to (?:die|kill myself)"
        + " (?:of|from) (?:embarrassment|shame|laughter)|(?:hope|hoping) (?:it|this|chemo) (?:kills"
        + "|killing|will kill)|(?:veins|wifi|internet|signal|parking|memory|spelling|phone|printer"
        + "|app|cooking|handwriting|sense of direction) (?:are|is) (?:so |totally |completely "
        + "|utterly )?hopeless|hopeless (?:at|with) (?!everything|life|it all)";
  }
}
