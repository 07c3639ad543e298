// Frequent given names from many regions, written from common usage (no external list). One
// space-separated string per region keeps the content script small (~9 KB raw, ~4 KB gzipped).
// A name here is evidence, not proof: "Marco Rubio" is a person because "Marco" is a given name
// and "Rubio" is a capitalised word that is not a known common word.

const GERMANIC = `
Adam Adrian Albert Alexander Alexandra Alfred Alice Alina Alois Andrea Andreas Angela Angelika Anja Anke Anna
Annalena Anne Annegret Annette Anton Antonia Armin Arne Arnold Astrid Axel Barbara Beate Ben Benedikt
Benjamin Bernd Bernhard Bettina Birgit Björn Boris Brigitte Britta Bruno Burkhard Carl Carla Carlo Carola
Carolin Caroline Carsten Caspar Cem Charlotte Christa Christian Christiane Christina Christine Christoph
Christopher Claas Clara Claudia Claus Clemens Cornelia Cornelius Dagmar Damian Daniel Daniela Dennis Detlef Diana Dieter
Dietmar Dirk Dominik Doris Dorothea Dorothee Eberhard Edgar Edith Egon Elena Elias Elisabeth Elke Ella Emil
Emilia Emma Erich Erik Erika Ernst Erwin Esther Eva Ewald Fabian Falk Felix Finn Florian Frank Franz
Franziska Frauke Friedrich Friedrich-Wilhelm Frieda Fritz Gabi Gabriele Gaby Georg Gerd Gerda Gerhard Gerlinde
Gernot Gert Gesine Gisela Gregor Gudrun Guido Gunter Gunther Günter Günther Gustav Hagen Hannah Hanna
Hannelore Hannes Hans Hans-Georg Hans-Jürgen Hans-Peter Hans-Werner Harald Hartmut Heiko Heike Heiner Heinrich
Heinz Helene Helga Helge Helmut Helmuth Henning Henrik Henry Herbert Hermann Hildegard Holger Horst Hubert
Hubertus Hugo Ida Ilse Ina Ines Inge Ingeborg Ingo Ingrid Irene Iris Irmgard Isabel Isabell Jakob Jan
Jana Janina Jannik Jens Jessica Joachim Jochen Johann Johanna Johannes Jonas Jonathan Jörg Josef Joseph
Judith Jule Julia Julian Juliane Julius Jürgen Justus Jutta Kai Karin Karl Karl-Heinz Karla Karsten Katarina
Katharina Kathrin Katja Katrin Kerstin Kevin Kilian Klara Klaus Konrad Konstantin Kristina Kurt Lara Lars
Laura Lea Lena Leni Leo Leon Leonie Liane Lina Linda Lisa Lothar Lotte Louisa Luca Lucas Luise Lukas Lutz
Magdalena Maik Malte Manfred Manuel Manuela Mara Marc Marcel Marco Marcus Mareike Margarete Margit Margot
Maria Marian Marie Marina Mario Marion Marius Mark Markus Marlene Martha Martin Martina Mathias Matthias
Max Maximilian Meike Melanie Michael Michaela Mike Miriam Monika Moritz Nadine Natalie Nicole Niklas Nico
Nicolas Niels Nils Nina Norbert Olaf Olga Oliver Ortwin Oskar Otto Pascal Patricia Patrick Paul Paula Peer Peter
Petra Philipp Pia Rainer Ralf Ralph Regina Reiner Reinhard Reinhold Renate René Richard Rita Robert Robin
Roland Rolf Roman Ronja Rosa Rosemarie Rudi Rudolf Rüdiger Ruth Sabine Sahra Sandra Sarah Sascha Saskia
Sebastian Siegfried Sigmar Silke Silvia Simon Simone Sophia Sophie Stefan Stefanie Steffen Steffi Stephan
Stephanie Susanne Svea Svenja Sven Swen Tanja Theo Theresa Thilo Thomas Thorsten Til Till Tilman Tim Timo
Tina Tobias Toni Torsten Udo Ulf Ulla Ulrich Ulrike Ullrich Urs Ursula Ute Uwe Valentin Vanessa Vera Veronika
Viktor Viktoria Volker Volkmar Walter Waltraud Werner Wiebke Wilfried Wilhelm Willi Willy Winfried Wolfgang
Yvonne
Bärbel Gundula Achim Henriette Katherina Arno Karola
Alfons Linus Mats
`;

const ENGLISH = `
Aaron Abigail Adele Agnes Alan Albert Alec Alex Alexis Alfred Alice Alicia Alison Allison Alyssa Amanda
Amber Amelia Amy Andrew Andy Angela Angus Ann Anne Annie Anthony Antony April Archie Arthur Ashley Audrey
Austin Ava Barack Barbara Barry Beatrice Becky Ben Bernard Bernie Beth Betsy Betty Beverly Bill Billy Blake
Bob Bobby Bonnie Brad Bradley Brandon Brenda Brendan Brent Bret Brett Brian Bridget Brittany Brooke Bruce Bryan
Buck Byron Caitlin Cameron Carl Carol Caroline Carolyn Carrie Casey Catherine Cathy Chad Charles Charlie
Charlotte Chelsea Cheryl Chloe Chris Christie Christina Christine Christopher Chuck Cindy Claire Clarence
Clark Claudia Clay Clint Clinton Colin Connor Craig Crystal Curtis Cynthia Dale Dan Dana Daniel Danielle
Danny Darren Dave David Dawn Dean Debbie Deborah Debra Denise Dennis Derek Diana Diane Dick Don Donald Donna
Doris Dorothy Doug Douglas Duncan Dwight Dylan Earl Ed Eddie Edith Edward Edwin Eileen Elaine Eleanor Elijah
Elizabeth Ella Ellen Elliot Elon Emily Emma Eric Erica Erin Ethan Eugene Evan Evelyn Frances Francis Frank
Fred Frederick Gail Gary Gavin Gemma Gene Geoffrey George Georgia Gerald Gillian Gina Glenn Gloria Gordon
Grace Graham Grant Greg Gregory Gwen Hailey Hank Harold Harriet Harry Hayley Heather Heidi Helen Henry Herbert
Hillary Holly Howard Hugh Hunter Ian Irene Isaac Isabel Isabella Jack Jackie Jacob Jacqueline Jake James
Jamie Jane Janet Janice Jared Jason Jay Jean Jeanne Jeff Jeffrey Jennifer Jenny Jeremy Jerome Jerry Jesse
Jessica Jill Jim Jimmy Jo Joan Joanna Joanne Jody Joe Joel Joey John Johnny Jon Jonathan Jordan Josh Joshua
Joy Joyce Judith Judy Julia Julian Julie Justin Karen Kate Katherine Kathleen Kathryn Kathy Katie Kay Keir
Keith Kelly Kelsey Ken Kenneth Kevin Kim Kimberly Kirk Kristen Kristin Kyle Lance Larry Laura Lauren Laurence
Lawrence Leah Lee Leonard Leslie Lillian Linda Lindsay Lindsey Lisa Liz Logan Lois Lori Lorraine Louis Louise
Lucy Luke Lydia Lynn Madeleine Madison Maggie Malcolm Mandy Marcia Margaret Marge Margie Maria Marie Marilyn
Marjorie Mark Martha Martin Marvin Mary Matt Matthew Maureen Megan Melanie Melissa Michael Michelle Mick
Mike Mildred Mitch Mitchell Molly Monica Nancy Natalie Nathan Neil Nicholas Nick Nicola Nigel Nikki Noah
Norman Oliver Olivia Owen Pamela Pat Patricia Patrick Paul Paula Pauline Peggy Penny Pete Peter Phil Philip
Phillip Phyllis Rachel Ralph Randy Ray Raymond Rebecca Reggie Rex Rhonda Richard Rick Rishi Rita Rob Robert
Robin Rod Rodney Roger Ron Ronald Rose Ross Roy Ruby Russell Ruth Ryan Sally Sam Samantha Samuel Sandra
Sara Sarah Scott Sean Seth Shane Shannon Sharon Shawn Sheila Shirley Sophie Stacy Stanley Stella Stephanie
Stephen Steve Steven Stuart Sue Susan Suzanne Tammy Tara Ted Teresa Terry Theodore Theresa Thomas Tiffany
Timothy Tina Todd Tom Tommy Tony Tracy Travis Trevor Troy Tyler Valerie Vanessa Vedant Vernon Veronica
Vicky Victor Victoria Vince Vincent Virginia Wade Walter Warren Wayne Wendy Wesley Whitney William Willie
Winston Zachary Zoe
Deanne Quentin Bryce Karoline
Declan Cole
Wes Kieran
Susie Josie Ellie Ronnie Frankie Lorie Kristie Izzy Micheál Uli Neal
`;

const ROMANCE = `
Luiz Inácio Luís João Adriana Adrien Agathe Agnès Alain Albane Alberto Alejandra Alejandro Alessandra Alessandro Alessia Alexandre
Alexis Alfonso Alice Alicia Amélie Ana Anaïs André Andrea Andrés Ange Ángel Ángela Anne-Marie Antoine Antoinette
Antonella Antonio Arnaud Aurélie Aurelio Bastien Beatriz Benoît Bernardo Bertrand Blanca Bruno Camille
Carla Carlos Carmen Carolina Catalina Catarina Caterina Cécile Céline Cesare César Chantal Christelle
Christiane Christophe Claude Claudio Clément Clémence Constance Cristian Cristina Damien Daniele Dario David
Davide Delphine Diego Dolores Dominique Edoardo Eduardo Élisabeth Elisa Élise Elodie Emanuele Emilio
Emmanuel Emmanuelle Enrico Enrique Esteban Estelle Ettore Eugenia Fabien Fabienne Fabio Fabrizio Federica
Federico Felipe Fernanda Fernando Filippo Florence Francesca Francesco Francisco Franck François Françoise
Frédéric Gabriel Gabriela Gabriele Gaël Gaston Georges Gérald Gérard Giacomo Gianluca Gianni Gilbert
Gilles Giorgia Giorgio Giovanna Giovanni Giulia Giulio Giuseppe Gonzalo Guillaume Guillermo Gustavo Hélène
Henri Hervé Hugo Ignacio Inès Irene Isabelle Jacques Jaime Javier Jean Jean-Claude Jean-Luc Jean-Marie
Jean-Michel Jean-Paul Jean-Pierre Jean-Yves Jeanne Jérôme Joaquín Joël Jordi Jorge José Josefina Josep
Juan Juana Julie Julien Juliette Laetitia Laura Laurent Leonardo Léa Léon Lorenzo Luc Luca Lucas Lucia
Lucie Luigi Luis Luisa Luz Manon Manuel Manuela Marc Marcel Marcela Marcelo Marco Margaux Margherita
Mariano Marie-Claire Marine Mario Marta Martín Massimo Mathieu Mathilde Matteo Mattia Maurice Mauricio
Maurizio Maxime Mélanie Michel Michèle Michele Miguel Mireille Monique Nadia Natalia Nathalie Nicolas
Nicolò Noémie Olivier Óscar Pablo Paolo Pascal Pascale Patrice Patricio Pedro Philippe Pierre Pietro
Pilar Rafael Raffaele Raphaël Raúl Raymond Renato Renaud Ricardo Riccardo Roberta Roberto Rocío Rodrigo
Romain Rosa Rosario Salvatore Samuel Sandrine Santiago Sara Sébastien Sergio Silvio Simone Sofía Sophie
Stéphane Stéphanie Stefano Sylvie Teresa Thierry Thibault Tommaso Ugo Umberto Valentina Valérie Vincent
Vincenzo Virginie Xavier Yannick Yves Yvette
Marcos Jesús Nicolás Tomás Matías
Enzo Mikel
`;

const SLAVIC_BALTIC_HUNGARIAN_GREEK = `
Agnieszka Aleksander Aleksandr Aleksandra Aleksei Aleksey Alexei Alexey Alla Anastasia Anatoli Anatoly
Andrei Andrej Andrey Andriy Andrzej Anna Anton Arkadi Bogdan Boris Borys Czesław Dariusz Denis Dmitri
Dmitrij Dmitriy Dmitro Dmytro Dragan Elżbieta Evgeny Fedor Fjodor Galina Gennadi Grigori Grzegorz Igor Ilya
Irina Ivan Jacek Jakub Janusz Jaroslav Jarosław Jelena Jerzy Jiří Joanna Józef Julija Kamil Katarzyna Kirill
Krzysztof Ksenia Larisa Leonid Ljudmila Lyudmila Maciej Małgorzata Marek Maria Marija Marina Mateusz
Michail Michał Mikhail Milan Miloš Miroslav Mykhailo Mykola Nadeschda Nadezhda Natalia Natalja Nikita
Nikolai Nikolaj Nikolay Oksana Oleg Oleksandr Oleksii Oleksiy Olena Olga Pavel Pawel Paweł Petr Petro
Piotr Radosław Roman Ruslan Sergei Sergej Sergey Serhij Serhiy Stanisław Svetlana Swetlana Tadeusz Tatiana
Tatjana Tomasz Valentina Valeri Valery Vasily Viktor Viktoria Vitali Vitaly Vladimir Vladislav Volodymyr
Vyacheslav Waldemar Wiktor Witold Wladimir Wolodymyr Yana Yekaterina Yelena Yevgeny Yulia Yuri Yuriy
Zbigniew Zoran Žarko Zuzana Oana Ion Ioana Ioan Mircea Klaus Viorica Nicolae Gheorghe Vasile Traian
Andrius Gitanas Kaja Kersti Mart Toomas Viktor Ferenc Gábor Gergely Katalin László Péter Zoltán Zsolt
Alexis Andreas Antonis Dimitris Georgios Giorgos Ioannis Konstantinos Kostas Kyriakos Nikos Panagiotis
Yanis Yiannis Alexis Evangelos Sophia Eleni Maria Vesna Ana Aleksandar Rumen Boyko
Denys Andrij Witali Vitalij Kyrylo Taras Iryna Nikolaus Janis Kristaps Edgars Valdis Vytautas
Algirdas Linas Dainius Yannis Christos
`;

const ARABIC_TURKISH_PERSIAN = `
Abbas Tamim Abd Abdel Abdelaziz Abdelkader Abdallah Abdul Abdullah Abdulrahman Adel Ahmad Ahmed Ahmet Aisha
Ajmi Akram Ali Alp Amal Amin Amina Amir Amira Amr Anwar Ashraf Asma Ayman Aylin Ayşe Aziz Bashar Bassam
Bilal Burak Cemal Deniz Ebrahim Ekrem Elif Emine Emre Erdal Fadi Farah Farid Faruk Fatih Fatima Fatma
Fawzi Fethi Gamal Ghassan Habib Hadi Hafez Haitham Hakan Halil Hamid Hamza Hani Haruka Hasan Hassan Hatice Haydar
Heba Hesham Hicham Hind Hossein Hussein Ibrahim Ilhan Imad Ismail Jamal Javad Kadir Kamal Karim Kemal
Khaled Khalid Latifa Laila Layla Leila Lotfi Mahmoud Mahmud Majid Mansour Marwan Masoud Mehmet Meryem Mohamed
Mohammad Mohammed Mohsen Mona Moncef Mostafa Muhammad Murat Mustafa Nabil Nadia Nasser Nawaf Nayef Necmettin
Nizar Noor Nour Nuri Omar Osama Osman Özlem Rachid Rafik Rami Rana Rania Rashid Recep Reza Riad Rima
Saad Sabri Saeed Salah Saleh Salim Salma Sami Samir Sara Selim Serkan Sevim Sherif Sinan Soner Tamer
Tarek Tariq Tayyip Tolga Tugba Tuğba Umut Walid Yasmin Yasser Yousef Youssef Yusuf Zahra Zainab Zeynep
Ziad Ebrahim Ali-Reza Mahsa Masih Narges Shirin Abiy Uhuru Nelson Thabo Jacob Cyril Kwame
Olusegun Muhammadu Bola Goodluck Ngozi Chinua Wole Yoweri Paul Kofi Ellen Amadou Macky Alassane Ousmane
Moussa Mamadou Ibrahima Aminata Fatou Cheikh 
Basem Anas Danyal Berivan Kemi
Bukayo
`;

const ASIAN = `
Aditya Akira Akihito Amit Anand Anil Anjali Arun Arvind Ashok Bharat Chandra Deepak Fumio Gautam Hiroshi
Hiroki Ichiro Jawaharlal Jun Junichiro Kamala Kenji Koji Krishna Kumar Lakshmi Mahatma Makoto Manmohan
Masako Mohan Naoko Narendra Naruhito Nirmala Pooja Prakash Priya Priyanka Rahul Raj Rajesh Rajiv Ram Ramesh
Ravi Rohan Sanjay Satoshi Shigeru Shinzo Shinzō Shiv Shreya Sonia Subramanian Sunil Suresh Takeshi Taro
Tomoko Vijay Vikram Yoshihide Yuki Yuko Yukio Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou
 Zhu Guo Lin Gao Luo Zheng Liang Xie Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan 
Qiang Wei Jing Yan Jie Lei Mei Xiaoping Jintao Keqiang Jae-in Yoon
Suk-yeol Geun-hye Kim Jong-un Jong-il Lee Jae-myung Thaksin Yingluck Prayut Joko Prabowo Anwar Mahathir
Ferdinand Rodrigo Corazon Benigno Imran Nawaz Shehbaz Benazir Bilawal Aung 
 Nguyen Phu Trong Tsai Ing-wen Lai Ching-te Ying-jeou Chiang Sanna Jacinda Scott Anthony Malcolm
`;

const NORDIC_DUTCH_OTHER = `
Anders Ane Anette Arvid Bjørn Bo Dag Erna Espen Frederik Frida Gro Gunnar Hakon Håkon Halvard Ingvar Jens
Jonas Kjell Knut Lars Leif Magnus Mads Mette Mikael Nils Olav Ole Pekka Petteri Sauli Sanna Stig Stefan
Sven Tarja Terje Trine Ulf Ulrika Wouter Annemarie Bart Dirk Frans Geert Hendrik Henk Jeroen Johan Joost
Kees Koen Maarten Marijke Mark Mathijs Pieter Rutger Sander Sjoerd Thijs Willem Wopke Ursula 
Erik Finn Janne Jussi Kai Matti Mika Päivi Riikka Tuomas Xenia Nikolas Aleš Janez Robert Andrej Igor
Miro Jacinda Winston Nanaia Chris Margie Josh
`;

/** Given names, and a double name of two of them ("Marie-Ange", "Jean-Baptiste"), which no list can hold all of. */
class GivenNames extends Set<string> {
  override has(key: string): boolean {
    if (super.has(key)) return true;
    const dash = key.indexOf("-");
    return dash > 1 && key.indexOf("-", dash + 1) < 0 && super.has(key.slice(0, dash)) && super.has(key.slice(dash + 1));
  }
}

/**
 * Lower-case given names. Built in a pure-annotated call, so that a bundle which imports the
 * people stage without running it (the content script) leaves the list out.
 */
export const GIVEN_NAMES: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new GivenNames(
    [GERMANIC, ENGLISH, ROMANCE, SLAVIC_BALTIC_HUNGARIAN_GREEK, ARABIC_TURKISH_PERSIAN, ASIAN, NORDIC_DUTCH_OTHER]
      .join(" ")
      .split(/\s+/)
      .filter(Boolean)
      .map((n) => n.toLowerCase()),
  ))();
