import { fold } from '@/lib/text/fold';

/**
 * Given names common in the news Deal Lens reads (French, English, Spanish and Portuguese speakers, and names
 * often seen in technology and policy news from Asia, Africa and the Middle East). Evidence, not proof: a run of
 * two to four name-shaped words that starts with one is a person. Names that are also places or companies met
 * alone in the news (Santiago, Sydney, Austin, Paris, Mercedes, Jordan…) are left out on purpose.
 */
const NAMES = `
aaron abdul abdullah abel adam adel adolfo adrian adriana adrien agnes agustin ahmad ahmed aicha aisha akira alain
alan alba albert alberto aldo alejandra alejandro alessandro alex alexander alexandra alexandre alexis alfonso
alfredo ali alice alicia aline alisa alison allison alvaro amal amanda amandine amelia amelie amina amir amit amy
ana anabel anais anand andre andrea andreas andres andrew andy angel angela angelica angelina angelique anita ann
anna anne annie anthony antoine antonia antonio anwar ariadna ariana ariel arjun armando arnaud arnold arthur arturo
ashley audrey augusto aurelie aurelien axel aya ayumi baptiste barbara bart basile beatrice beatriz ben benedict
benjamin benoit bernard bernardo bertrand betty beatrix bianca bill blanca bob boris brad brandon brenda brian bridget
brigitte bruce bruno bryan budi caitlin camila camille candice carl carla carlo carlos carmen carol carole caroline
carolina catalina catherine cecile cecilia celia celine cesar chantal charles charlie charlotte chen cheng chloe
chris christel christian christiane christina christine christophe christopher cindy claire clara clarisse claude
claudia claudio clement colette colin corinne cristian cristina cyril cyrille daisuke damien dan dana daniel daniela
daniele danielle dario david deborah delphine denis denise diana diane didier diego dimitri dina dmitri dolores
dominic donald donna dorothy douglas duncan dylan eddie edgar edith edouard eduardo edward edwin eileen elena eli
elias elisa elisabeth elise eliud eliza elizabeth ella ellen eloise elon elsa emanuel emilia emiliano emilie emilio
emily emma emmanuel emmanuelle enrique eric erica erik ernesto esteban estelle esther ethan etienne eugene eugenia
eva evelyn fabian fabien fabienne fabio fabrice fatima federico felipe felix fernanda fernando florian
francesca francesco francis francisco franck francois francoise frank frederic frederick gabriel gabriela gabrielle
gael gaston genevieve geoffrey george georges gerald gerard german gianfranco gilbert gilberto gilles gina giorgio
giovanni giulia giuseppe gloria gonzalo gordon graciela greg gregoire gregory guadalupe guillaume guillermo gustavo
guy hamid hannah hans harold harry hassan hector helen helena helene henri henrique henry herve hiroshi hugo hugues
humberto hussein ian ibrahim ignacio igor ines ingrid irene iris isaac isabel isabella isabelle ismael ivan jack
jacob jacqueline jacques jaime jake james jamie jan jane janet janine jason javier jean jeanne jeff jeffrey jennifer
jens jensen jeremy jerome jessica jesus jill jim jimena joan joanna joao joaquin joe joel johan johanna john johnny
jonathan jordi jorge jose josefina joseph josh joshua josue juan juana judith julia julian juliana julie julien
julio justin kamala karen karim karina karl kate katherine kathleen kathryn kazuo keiko keith kelly ken kenji kenneth
kevin kim kimberly klaus kumar kurt lara larry laura laure laurence laurent lea leandro leila lena leo leon leonardo
leonor leslie liam lidia lila liliana lin linda lionel lisa liu lola lorena lorenzo louis louise luc luca lucas lucia
luciana luciano lucie lucy luis luisa luiz luka lydia lynn magali magdalena mahmoud malik manon manuel manuela marc
marcel marcela marcelo marco marcos margaret margarita margot maria mariana marianne marie marina mario marion
marisol marjorie mark marlene marta martha martin martina mary mateo mathias mathieu mathilde matias matt matteo
matthew matthias maud mauricio maurice max maxime maximilian maya mehdi melanie melissa meutya michael
michel michele michelle miguel mikael mike milagros mireille miriam mitchell mohamed mohammad mohammed monica
monique muhammad mustafa nadia nadine naoki naomi narendra natalia natalie natasha nathalie nathan nayib
nelson nicholas nicola nicolas nicole nina noah noel noemie nora norma octavio olga olivia olivier omar oscar pablo
pamela paola pascal pascale patricia patricio patrick paul paula paulina pauline pedro penelope peter philip philippe
pierre pilar pradeep priya rachel rafael rafaela rahul raj rajesh ramon ramona randy raphael raquel raul rebecca
regina remi renata renaud rene ricardo richard rick rita robert roberta roberto robin rocio rodolfo rodrigo roger
roland rolando romain ronald rosa rosalia rose ruben ruth ryan sabine sabrina salma salvatore sam
samantha samir samuel sandra sandrine sanjay sara sarah satya scott sean sebastian sebastien selena serge sergei
sergio severine shannon sharon shirley silvia simon simone sofia sonia sophie stefan stefano stella stephane
stephanie stephen steve steven susan susana suzanne sylvain sylvie takashi tamara tania tatiana teresa thibault
thierry thomas tiffany tim timothy tina tobias todd tom tomas toni tony tristan ursula valentin valentina valeria
valerie vanessa vera veronica veronique vicente victor vikram vincent violeta virginia vivian vladimir
walter wang wei wendy william willy xavier xi yann yannick yasmin yolanda yuki yusuf yves yvonne zhang zoe
`;

/** Folded given names ("Inès" → "ines"). */
export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/u).filter(Boolean).map(fold));

/** Whether a word is a common given name, or a compound of two ("Jean-Baptiste", "María-José"). */
export function isGivenName(word: string): boolean {
  const folded = fold(word);
  if (FIRST_NAMES.has(folded)) return true;
  const parts = folded.split('-');
  return parts.length === 2 && parts.every((p) => FIRST_NAMES.has(p));
}
