#!/usr/bin/env python3
"""Generate data/starter-catalog.jsonl, the starter catalog embedded in jdpipe.

Stdlib only, deterministic: the same script always writes the same bytes.
All text here was written by the jdpipe project (CC0-1.0).

Usage:  /usr/bin/python3 tools/gen_starter_catalog.py [OUTPUT]
        (default OUTPUT: data/starter-catalog.jsonl next to this tools/ dir;
         "-" writes to stdout)

Compact tables
--------------
DIMENSIONS: one per line  CODE | slug | Display Name | difficulty_hint | rationale
SKILLS:     a section header, then one skill per line
    # Category | default options | default dimension codes
    slug | Display Name | sub_category | dimension codes | aliases | options
  - empty dimension field: the section's default dimensions.
  - aliases are separated by ";".  "=Text" matches CASE_SENSITIVE,
    "!Text" matches EXACT, otherwise CASE_INSENSITIVE.  A suffix "~A", "~S",
    "~V" or "~M" forces ABBREVIATION, SYNONYM, VARIANT or MISSPELLING;
    without it the type is inferred (same letters: VARIANT; short upper-case
    form: ABBREVIATION; otherwise SYNONYM).  The CANONICAL alias is always the
    display name and is added first.
  - options: n=NATURE v=S|M|V (volatility) l=E|L|M|S (lifespan), ai
    (ai_related), cat (is_also_category), cs (canonical alias is
    CASE_SENSITIVE), nx (not extractable).
ROLES: blocks
    @ slug | Display Name | Archetype
    R: rationale            A: alias; alias; ...
    K: one KRA per K: line  S: skill slugs (space separated)
    KA: an AI-related KRA (listed in the role's ai_related_kras)
    D: dimension codes (space separated)
"""
import json
import os
import re
import sys

META = {
    "kind": "meta",
    "name": "starter",
    "version": "2026.11",
    "description": (
        "Starter catalog of roles, skills, aliases, key responsibility areas "
        "and dimensions across ten job families (engineering, data, product "
        "and design, IT operations, sales and marketing, finance, HR, "
        "healthcare, skilled trades, education); compiled into jdpipe as its "
        "default catalog."
    ),
    "license": "CC0-1.0 (written by the jdpipe project)",
}

DIMENSIONS = """
FE_API | api-integration-and-data-fetching | API Integration and Data Fetching | well_known | Client-side integration with backend endpoints and third-party services, including request shaping, response handling, and synchronization with UI state. This is central to frontend work because most screens depend on remote data.
BE_API | api-design-and-development | API Design and Development | intermediate | Designing, implementing and versioning server-side interfaces such as REST, GraphQL and gRPC endpoints that other systems and clients consume. Good API design decides how easily a service can be integrated, secured and evolved.
BE_APP | server-side-application-development | Server-Side Application Development | intermediate | Implementing business logic, request handling and background processing in backend services and their frameworks. It is the core of backend work across languages such as Java, Python, Go and C#.
PERSIST | data-modeling-and-persistence | Data Modeling and Persistence | intermediate | Designing schemas, data access layers and transactions so application data is stored consistently and queried efficiently. Many backend defects and slowdowns trace back to this layer.
SQL | relational-databases-and-sql | Relational Databases and SQL | well_known | Querying and managing relational databases with SQL, including joins, indexes and transactional integrity. It is a baseline skill for engineering, data and many business roles.
NOSQL | nosql-and-caching-stores | NoSQL and Caching Stores | intermediate | Using document, key-value, wide-column and graph databases and in-memory caches where a relational model does not fit the access pattern or scale.
DIST | distributed-systems-and-messaging | Distributed Systems and Messaging | specialized | Building services that communicate through queues, event streams and remote calls while coping with partial failure, ordering and consistency. It becomes essential once a system grows beyond one service.
ARCH | software-architecture-and-design | Software Architecture and Design | intermediate | Structuring code and systems with sound design principles, patterns and architectural styles so they stay maintainable as they grow.
GPP | general-purpose-programming | General-Purpose Programming | well_known | Writing correct, readable code in general-purpose languages, including data structures, algorithms and language idioms. Every software role builds on it.
JVM | jvm-ecosystem | JVM Ecosystem | intermediate | Languages, frameworks and tooling that run on the Java Virtual Machine, such as Java, Kotlin, Scala, Spring and Gradle. A large share of enterprise backends are built on it.
PY | python-ecosystem | Python Ecosystem | well_known | Python with its web, scripting and data libraries, packaging and tooling. Python spans backend services, automation, analytics and machine learning.
JS | javascript-and-typescript-ecosystem | JavaScript and TypeScript Ecosystem | well_known | The JavaScript and TypeScript languages with their runtimes, package managers and libraries, used in browsers and on servers through Node.js.
DOTNET | dotnet-ecosystem | .NET Ecosystem | intermediate | C#, ASP.NET and the .NET runtime with its libraries and tooling, widely used for enterprise web services and Windows applications.
FP | functional-programming | Functional Programming | specialized | Programming with immutable data, pure functions and expressive type systems, as in Scala, Haskell, Elixir and Clojure. It supports correctness and concurrency in data-heavy backends.
UI | ui-component-development | UI Component Development | well_known | Building reusable, composable interface components with modern frontend frameworks and wiring them to application state. It is the day-to-day core of frontend engineering.
STATE | client-state-management | Client State Management | intermediate | Managing application state in the browser or app, including global stores, cached server data and synchronization between components.
WEB | web-platform-fundamentals | Web Platform Fundamentals | well_known | HTML, CSS, HTTP and browser behavior that all web development rests on. Solid fundamentals make framework work faster and less error-prone.
STYLE | responsive-layout-and-styling | Responsive Layout and Styling | well_known | Building layouts and styles that adapt across screen sizes and devices with CSS, preprocessors and utility frameworks.
WPERF | web-performance-optimization | Web Performance Optimization | intermediate | Measuring and improving load time, rendering and runtime performance of web applications, including bundle size, caching and Core Web Vitals.
A11Y | web-accessibility | Web Accessibility | intermediate | Making interfaces usable for people with disabilities through semantic markup, keyboard support and assistive-technology compatibility, following WCAG.
BUILD | build-tooling-and-package-management | Build Tooling and Package Management | intermediate | Configuring compilers, bundlers, package managers and build scripts so code is built reproducibly for development and production.
TEST | software-testing-and-quality | Software Testing and Quality | well_known | Verifying software with unit, integration and end-to-end tests and with review practices that catch defects before release.
AUTOTEST | test-automation-frameworks | Test Automation Frameworks | intermediate | Designing and maintaining automated test suites and frameworks for web, API and mobile applications that run in continuous integration.
VCS | version-control-and-code-collaboration | Version Control and Code Collaboration | well_known | Using Git-based workflows, branching strategies, pull requests and code review to collaborate safely on a shared codebase.
CICD | ci-cd-and-release-engineering | CI/CD and Release Engineering | intermediate | Automating build, test and deployment pipelines so changes reach production frequently and safely.
CONT | containerization-and-orchestration | Containerization and Orchestration | intermediate | Packaging applications as containers and running them on orchestrators such as Kubernetes, including scheduling, scaling and configuration.
IAC | infrastructure-as-code | Infrastructure as Code | intermediate | Defining and provisioning infrastructure through versioned code and configuration management tools instead of manual changes.
CLOUD | cloud-platforms-and-services | Cloud Platforms and Services | well_known | Designing and operating workloads on public clouds such as AWS, Azure and Google Cloud, including compute, storage, networking and managed services.
OBS | observability-and-monitoring | Observability and Monitoring | intermediate | Collecting and analyzing metrics, logs and traces so teams can see how systems behave and detect problems before users do.
REL | reliability-and-incident-response | Reliability and Incident Response | specialized | Setting reliability targets, responding to incidents and removing failure modes so services meet their availability commitments.
LINUX | linux-and-shell-scripting | Linux and Shell Scripting | well_known | Operating Linux and Unix systems from the command line and automating routine tasks with shell and scripting languages.
APPSEC | application-security | Application Security | specialized | Finding and preventing vulnerabilities in application code and dependencies through secure coding, security testing and threat modeling.
AUTH | authentication-and-authorization | Authentication and Authorization | intermediate | Implementing identity, login, session and permission mechanisms such as OAuth 2.0, OpenID Connect and token-based access control.
MOBILE | native-mobile-development | Native Mobile Development | intermediate | Building iOS and Android applications with platform languages, SDKs and UI toolkits, and shipping them through the app stores.
XPLAT | cross-platform-mobile-development | Cross-Platform Mobile Development | intermediate | Building mobile apps from one shared codebase with frameworks such as React Native and Flutter while respecting each platform's conventions.
EMB | embedded-systems-and-firmware | Embedded Systems and Firmware | specialized | Writing low-level software for microcontrollers and embedded processors under tight memory, timing and power constraints.
GAME | game-development | Game Development | specialized | Building interactive games and real-time 3D applications with game engines, graphics programming and gameplay systems.
BEPERF | backend-performance-and-scalability | Backend Performance and Scalability | specialized | Profiling and tuning services, queries and caches, and designing for horizontal scale so systems stay fast under growing load.
ANALYSIS | data-analysis-and-reporting | Data Analysis and Reporting | well_known | Cleaning, exploring and summarizing data to answer business questions and to produce recurring reports.
VIZ | data-visualization-and-dashboards | Data Visualization and Dashboards | well_known | Presenting data through charts and interactive dashboards that let stakeholders monitor metrics and explore trends.
STATS | statistical-analysis-and-modeling | Statistical Analysis and Modeling | intermediate | Applying statistical methods, inference and regression to quantify relationships and uncertainty in data.
ML | machine-learning-modeling | Machine Learning Modeling | specialized | Framing prediction problems, engineering features, and training and evaluating models with machine learning libraries.
DL | deep-learning | Deep Learning | specialized | Designing and training neural networks for unstructured data such as images, text and audio on GPU frameworks.
NLP | natural-language-processing | Natural Language Processing | specialized | Processing and modeling text, from tokenization and classification to transformer-based language models.
CV | computer-vision | Computer Vision | specialized | Extracting information from images and video with detection, segmentation and recognition models.
GENAI | generative-ai-and-llm-applications | Generative AI and LLM Applications | specialized | Building applications on large language models and other generative models, including prompting, retrieval augmentation, fine-tuning and evaluation.
MLOPS | mlops-and-model-deployment | MLOps and Model Deployment | specialized | Packaging, deploying, monitoring and retraining machine learning models in production with reproducible pipelines.
ETL | data-pipelines-and-etl | Data Pipelines and ETL | intermediate | Building batch and streaming pipelines that extract, transform and load data reliably between systems.
BIGDATA | big-data-processing | Big Data Processing | specialized | Processing very large datasets with distributed engines such as Spark, Hadoop and Kafka.
DWH | data-warehousing | Data Warehousing | intermediate | Designing and operating analytical warehouses and lakehouses, including dimensional models and transformation layers.
DGOV | data-governance-and-quality | Data Governance and Quality | intermediate | Keeping data accurate, documented, secure and used in line with policy through validation, lineage and stewardship.
EXP | experimentation-and-ab-testing | Experimentation and A/B Testing | intermediate | Designing controlled experiments, choosing metrics and interpreting results so product and marketing decisions rest on evidence.
SPREAD | spreadsheet-analysis | Spreadsheet Analysis | well_known | Using spreadsheets for calculations, lookups, pivot tables and simple models. It remains the most common analysis tool across business functions.
PSTRAT | product-strategy-and-roadmapping | Product Strategy and Roadmapping | intermediate | Setting product vision, choosing which problems to solve and sequencing the work into a roadmap tied to business goals.
REQ | requirements-and-backlog-management | Requirements and Backlog Management | well_known | Turning needs into clear requirements, user stories and acceptance criteria, and keeping a prioritized backlog.
AGILE | agile-delivery-practices | Agile Delivery Practices | well_known | Running iterative delivery with Scrum, Kanban and related ceremonies, and improving how the team works over time.
UXR | user-research-and-usability-testing | User Research and Usability Testing | intermediate | Learning about users through interviews, surveys and usability studies, and turning findings into design and product decisions.
IXD | interaction-design-and-prototyping | Interaction Design and Prototyping | intermediate | Designing flows, wireframes and interactive prototypes that define how users accomplish tasks in a product.
VISUAL | visual-and-brand-design | Visual and Brand Design | intermediate | Creating visual identities, layouts, typography and imagery for digital and print media with professional design tools.
DSYS | design-systems | Design Systems | intermediate | Building and governing shared component libraries, design tokens and guidelines that keep design and code consistent across products.
PMETRICS | product-analytics-and-metrics | Product Analytics and Metrics | intermediate | Defining product metrics, instrumenting events and analyzing usage to understand adoption, retention and feature impact.
STAKE | stakeholder-communication-and-alignment | Stakeholder Communication and Alignment | well_known | Keeping sponsors, partner teams and customers informed and aligned on goals, trade-offs and progress.
PROJ | project-planning-and-delivery | Project Planning and Delivery | well_known | Planning scope, schedule, budget and resources, tracking progress and managing risks so projects deliver what was committed.
MEDIA | multimedia-and-video-production | Multimedia and Video Production | intermediate | Producing video, motion graphics and animated content for marketing, product and learning purposes.
SUPPORT | end-user-technical-support | End-User Technical Support | well_known | Diagnosing and resolving hardware, software and access problems for employees through a service desk, remotely or in person.
SYSADMIN | systems-administration | Systems Administration | intermediate | Installing, configuring, patching and maintaining servers, operating systems and core services such as directory, mail and file services.
NET | network-infrastructure | Network Infrastructure | intermediate | Designing, configuring and maintaining routed and switched networks, wireless, VPNs and network services such as DNS and DHCP.
IAM | identity-and-access-management | Identity and Access Management | intermediate | Managing user identities, groups, permissions and single sign-on so people have exactly the access they need.
SECOPS | security-operations-and-threat-detection | Security Operations and Threat Detection | specialized | Monitoring security events, investigating alerts and responding to threats with SIEM, endpoint and network tooling.
ITSM | it-service-management | IT Service Management | well_known | Running incident, request, problem and change processes with service-management frameworks and ticketing platforms.
DBA | database-administration | Database Administration | specialized | Installing, securing, tuning, backing up and recovering production database systems.
BDR | backup-and-disaster-recovery | Backup and Disaster Recovery | intermediate | Protecting data and services with backups, replication and tested recovery plans that meet agreed recovery objectives.
ENDPOINT | endpoint-and-device-management | Endpoint and Device Management | intermediate | Provisioning, imaging, securing and updating laptops, desktops and mobile devices at scale.
VIRT | virtualization | Virtualization | intermediate | Running and managing virtual machines and hypervisor clusters that consolidate server workloads.
OFFICE | office-productivity-tools | Office Productivity Tools | well_known | Using office suites for documents, spreadsheets, presentations, email and collaboration. They are expected in nearly every professional role.
GRC | security-compliance-and-risk | Security Compliance and Risk | specialized | Aligning security controls and evidence with frameworks and audits such as ISO 27001, SOC 2 and NIST.
PROSPECT | prospecting-and-lead-generation | Prospecting and Lead Generation | well_known | Finding and qualifying potential buyers through research, outbound outreach and inbound lead handling.
CLOSE | deal-negotiation-and-closing | Deal Negotiation and Closing | intermediate | Running sales conversations, presenting solutions, negotiating terms and closing agreements that meet revenue targets.
CRM | crm-and-pipeline-management | CRM and Pipeline Management | well_known | Recording activity, managing opportunities and forecasting revenue in CRM systems so the sales pipeline stays accurate.
RETAIN | account-management-and-retention | Account Management and Retention | intermediate | Growing and keeping existing customers through onboarding, relationship management, renewals and expansion.
SEARCH | search-engine-optimization-and-marketing | Search Engine Optimization and Marketing | intermediate | Improving organic visibility and running paid search so a business is found by people searching for what it offers.
CONTENT | content-strategy-and-copywriting | Content Strategy and Copywriting | well_known | Planning, writing and editing content and copy that attract, inform and convert a target audience.
SOCIAL | social-media-marketing | Social Media Marketing | well_known | Building audiences and campaigns on social platforms, including publishing, community management and social advertising.
MANALYTICS | marketing-analytics-and-attribution | Marketing Analytics and Attribution | intermediate | Measuring campaign and channel performance, attributing conversions and reporting marketing return on investment.
MAUTO | email-and-marketing-automation | Email and Marketing Automation | intermediate | Running email programs, lead nurturing and automated customer journeys on marketing automation platforms.
CAMPAIGN | campaign-and-brand-management | Campaign and Brand Management | intermediate | Planning integrated campaigns and keeping brand positioning, messaging and identity consistent across channels.
PAID | paid-advertising | Paid Advertising | intermediate | Planning, buying and optimizing paid search, social and display campaigns against cost and conversion targets.
CUSTSERV | customer-service-and-client-relations | Customer Service and Client Relations | well_known | Serving customers, clients and the public courteously, resolving their issues and keeping relationships in good standing.
FINREP | financial-reporting-and-close | Financial Reporting and Close | intermediate | Recording transactions, reconciling accounts and producing accurate financial statements at each period close under applicable standards.
APAR | accounts-payable-and-receivable | Accounts Payable and Receivable | well_known | Processing supplier invoices and payments, billing customers and collecting receivables accurately and on time.
FPA | financial-planning-and-analysis | Financial Planning and Analysis | intermediate | Building budgets and forecasts, analyzing variances and advising leaders on financial performance and plans.
TAX | tax-preparation-and-compliance | Tax Preparation and Compliance | specialized | Preparing tax returns and provisions and keeping an organization or individual compliant with tax law.
AUDIT | audit-and-internal-controls | Audit and Internal Controls | specialized | Testing controls, examining records and reporting findings so financial information and processes can be relied on.
FINMOD | financial-modeling-and-valuation | Financial Modeling and Valuation | specialized | Building spreadsheet models that project financial results and value businesses, projects and investments.
ERP | accounting-systems-and-erp | Accounting Systems and ERP | intermediate | Operating and configuring accounting software and ERP systems that record and report an organization's financial transactions.
BOOK | bookkeeping-and-transaction-processing | Bookkeeping and Transaction Processing | well_known | Recording day-to-day financial transactions, maintaining ledgers and keeping source records complete and accurate.
TA | talent-acquisition-and-recruiting | Talent Acquisition and Recruiting | well_known | Sourcing, screening, interviewing and hiring candidates, and running a fair and efficient recruiting process.
ER | employee-relations | Employee Relations | intermediate | Handling workplace concerns, investigations, discipline and communication so the relationship between employer and employees stays fair and productive.
COMP | compensation-and-benefits | Compensation and Benefits | intermediate | Designing and administering pay structures, incentive plans and benefit programs that are competitive and compliant.
PAYROLL | payroll-administration | Payroll Administration | intermediate | Calculating and paying wages, deductions and taxes correctly and on schedule, with the records the law requires.
LND | learning-and-development | Learning and Development | intermediate | Identifying skill needs and designing, delivering and evaluating training that improves employee performance.
HRCOMP | employment-law-and-hr-compliance | Employment Law and HR Compliance | specialized | Applying employment law and regulations to hiring, pay, leave and workplace practices, and keeping the required records.
HRIS | hris-and-people-analytics | HRIS and People Analytics | intermediate | Running HR information systems and analyzing workforce data to inform people decisions.
TALENT | performance-and-talent-management | Performance and Talent Management | intermediate | Running goal setting, performance reviews, succession and engagement programs that develop and retain employees.
PATIENT | patient-assessment-and-care | Patient Assessment and Care | intermediate | Assessing patient condition, planning and delivering direct care, and monitoring responses to treatment.
MEDS | medication-administration-and-safety | Medication Administration and Safety | specialized | Preparing, administering and reconciling medications safely, with attention to dosage, interactions and patient response.
CLINDOC | clinical-documentation-and-ehr | Clinical Documentation and EHR | well_known | Recording assessments, care and outcomes accurately in electronic health records to support continuity of care and billing.
INFECT | infection-prevention-and-control | Infection Prevention and Control | well_known | Preventing the spread of infection through hand hygiene, aseptic technique, protective equipment and cleaning protocols.
LIFE | emergency-response-and-life-support | Emergency Response and Life Support | well_known | Recognizing emergencies and providing first aid, CPR and advanced life support until a patient is stabilized.
CODING | medical-coding-and-billing | Medical Coding and Billing | intermediate | Translating clinical documentation into diagnosis and procedure codes and turning them into clean insurance claims.
DIAG | diagnostic-testing-and-imaging | Diagnostic Testing and Imaging | specialized | Performing diagnostic tests and medical imaging procedures safely and producing results clinicians can rely on.
REHAB | rehabilitation-and-therapy | Rehabilitation and Therapy | specialized | Evaluating function and delivering therapeutic treatment that restores mobility, strength and independence.
PHARM | pharmacy-practice | Pharmacy Practice | specialized | Verifying, dispensing and compounding medications and counseling patients on their safe and effective use.
HCOMP | healthcare-regulatory-compliance | Healthcare Regulatory Compliance | intermediate | Following privacy, safety and accreditation rules that govern patient information and clinical practice.
LAB | specimen-collection-and-lab-procedures | Specimen Collection and Lab Procedures | intermediate | Collecting, labeling, processing and transporting clinical specimens so laboratory results are accurate and traceable.
ELEC | electrical-installation-and-wiring | Electrical Installation and Wiring | intermediate | Installing, connecting and testing electrical wiring, panels, fixtures and equipment in line with electrical codes.
PLUMB | plumbing-and-pipefitting | Plumbing and Pipefitting | intermediate | Installing and repairing water supply, drainage, gas and process piping systems and their fixtures.
HVAC | hvac-installation-and-service | HVAC Installation and Service | intermediate | Installing, maintaining and repairing heating, ventilation, air conditioning and refrigeration systems.
WELD | welding-and-metal-fabrication | Welding and Metal Fabrication | intermediate | Joining, cutting and shaping metal with welding and thermal processes to produce sound, accurate fabrications.
CNC | machining-and-cnc-operation | Machining and CNC Operation | specialized | Setting up, programming and operating manual and CNC machine tools to produce parts within tolerance.
BLUE | blueprint-and-schematic-reading | Blueprint and Schematic Reading | well_known | Reading drawings, schematics and specifications to understand what must be built, installed or repaired.
SAFETY | jobsite-safety-and-compliance | Jobsite Safety and Compliance | well_known | Working safely and keeping others safe through hazard recognition, protective equipment and safety regulations.
MAINT | equipment-maintenance-and-troubleshooting | Equipment Maintenance and Troubleshooting | intermediate | Inspecting, servicing and repairing mechanical, hydraulic and electrical equipment to keep it running reliably.
CARP | carpentry-and-construction | Carpentry and Construction | well_known | Building, installing and repairing structures and fixtures made of wood and other construction materials.
AUTO | automotive-diagnostics-and-repair | Automotive Diagnostics and Repair | intermediate | Diagnosing and repairing vehicle engines, brakes, electrical and other systems with diagnostic tools and service information.
CADD | cad-and-technical-drawing | CAD and Technical Drawing | intermediate | Producing and interpreting computer-aided designs and technical drawings for manufacturing and construction.
CONTROLS | industrial-controls-and-automation | Industrial Controls and Automation | specialized | Installing, programming and troubleshooting motor controls, drives and programmable logic controllers in industrial settings.
QC | quality-inspection-and-measurement | Quality Inspection and Measurement | intermediate | Measuring and inspecting products and work against specifications with precision instruments and documented methods.
LESSON | lesson-planning-and-curriculum-design | Lesson Planning and Curriculum Design | well_known | Planning units and lessons aligned with learning standards, and sequencing content so students build understanding step by step.
CLASS | classroom-management | Classroom Management | well_known | Establishing routines, expectations and a positive climate that keep students engaged and learning.
ASSESS | student-assessment-and-feedback | Student Assessment and Feedback | well_known | Designing assessments, grading work and giving feedback that shows students and families where learning stands.
DIFF | differentiated-and-inclusive-instruction | Differentiated and Inclusive Instruction | intermediate | Adapting content, process and support so learners with different needs, languages and abilities can all succeed.
EDTECH | educational-technology | Educational Technology | well_known | Using learning management systems and digital tools to deliver, manage and enrich instruction.
IDESIGN | instructional-design-and-e-learning | Instructional Design and E-Learning | intermediate | Analyzing learning needs and designing courses, e-learning modules and materials with established instructional models.
SPED | special-education-services | Special Education Services | specialized | Planning and delivering individualized services for students with disabilities in line with special education law.
SUBJECT | subject-matter-instruction | Subject Matter Instruction | intermediate | Teaching the content of a discipline such as mathematics, science or language arts accurately and in line with standards.
RESEARCH | academic-research-and-scholarship | Academic Research and Scholarship | specialized | Conducting research, publishing findings and seeking funding as part of an academic career.
COMM | communication-and-collaboration | Communication and Collaboration | well_known | Exchanging information clearly in writing and speech and working effectively with colleagues, partners and customers.
PROB | problem-solving-and-analytical-thinking | Problem Solving and Analytical Thinking | well_known | Breaking problems down, weighing evidence and choosing sound solutions under uncertainty.
LEAD | leadership-and-people-management | Leadership and People Management | intermediate | Setting direction, coaching people and managing a team's performance, hiring and development.
PROC | process-improvement | Process Improvement | intermediate | Mapping, measuring and improving business processes with methods such as Lean and Six Sigma.
MARKET | market-research-and-competitive-analysis | Market Research and Competitive Analysis | intermediate | Studying customers, markets and competitors to inform positioning, pricing and product decisions.
"""

SKILLS_ENGINEERING = """
# Programming Language | n=LANGUAGE v=S l=E | GPP
python | Python | General-Purpose Language | PY GPP | Python3; Python 3; Python Programming |
java | Java | General-Purpose Language | JVM GPP | Core Java; Java SE; Java Programming |
kotlin | Kotlin | General-Purpose Language | JVM MOBILE | Kotlin/JVM; Kotlin Programming | l=L
scala | Scala | General-Purpose Language | JVM FP | Scala 3; Scala Programming | l=L
javascript | JavaScript | Scripting Language | JS WEB | =JS; Java Script; ECMAScript; ES6; Vanilla JavaScript |
typescript | TypeScript | Scripting Language | JS WEB | =TS; Type Script |
go | Go | General-Purpose Language | GPP BE_APP | Golang; =Go Lang | cs l=L
rust | Rust | Systems Language | GPP EMB | Rust Lang; Rust Programming | cs l=L
c | C | Systems Language | GPP EMB | C Programming; ANSI C; C Language | cs
cpp | C++ | Systems Language | GPP GAME | CPP; C Plus Plus; Modern C++ |
csharp | C# | General-Purpose Language | DOTNET GPP | C Sharp; C#.NET |
php | PHP | Scripting Language | BE_APP WEB | PHP 8; PHP Programming |
ruby | Ruby | Scripting Language | BE_APP GPP | Ruby Programming; Ruby Language | cs l=L
swift | Swift | General-Purpose Language | MOBILE | Swift Programming; Apple Swift; Swift 5 | cs l=L
objective-c | Objective-C | General-Purpose Language | MOBILE | ObjC; Obj-C | v=M l=M
r | R | Statistical Language | STATS ANALYSIS | R Programming; R Language; GNU R; RStudio~S | cs
sql | SQL | Query Language | SQL ANALYSIS | Structured Query Language; SQL Queries; SQL Programming |
plsql | PL/SQL | Query Language | SQL DBA | PL SQL; PLSQL; Oracle PL/SQL |
t-sql | T-SQL | Query Language | SQL DBA | TSQL; Transact-SQL |
shell-scripting | Shell Scripting | Scripting Language | LINUX | =Bash; Bash Scripting; Shell Scripts; Unix Shell Scripting |
powershell | PowerShell | Scripting Language | SYSADMIN LINUX | Power Shell; PowerShell Scripting |
perl | Perl | Scripting Language | LINUX GPP | Perl Scripting | v=M l=L
dart | Dart | General-Purpose Language | XPLAT | Dart Language; Dart Programming | cs l=L
julia | Julia | Statistical Language | STATS GPP | Julia Language; JuliaLang | cs l=L
matlab | MATLAB | Numerical Computing | STATS EMB | MATLAB Programming; Simulink~S |
elixir | Elixir | Functional Language | FP BE_APP | Elixir Lang | cs l=L
haskell | Haskell | Functional Language | FP GPP | Haskell Programming | l=L
clojure | Clojure | Functional Language | FP JVM | ClojureScript~S | l=L
lua | Lua | Scripting Language | GAME GPP | Lua Scripting | l=L
vba | VBA | Scripting Language | SPREAD | Visual Basic for Applications; Excel VBA; Excel Macros | v=S l=L
cobol | COBOL | General-Purpose Language | GPP | COBOL Programming; Mainframe COBOL |
html | HTML | Markup Language | WEB | HTML5; HyperText Markup Language |
css | CSS | Style Sheet Language | WEB STYLE | CSS3; Cascading Style Sheets |
sass | Sass | Style Sheet Language | STYLE | SCSS; Syntactically Awesome Style Sheets | n=TOOL v=M l=L
graphql | GraphQL | Query Language | BE_API FE_API | Graph QL; GraphQL APIs | n=LANGUAGE v=M l=L
assembly-language | Assembly Language | Low-Level Language | EMB | =Assembly; =ASM; x86 Assembly; ARM Assembly |
groovy | Groovy | Scripting Language | JVM CICD | Apache Groovy | cs l=L

# Concept | n=CONCEPT v=S l=E | ARCH
api | API | Application Programming Interface | FE_API | APIs; Application Programming Interface; API Integration |
rest-api | REST API | Application Programming Interface | BE_API | RESTful API; REST APIs; RESTful APIs; RESTful Services; RESTful Web Services; =REST |
soap-web-services | SOAP Web Services | Application Programming Interface | BE_API | =SOAP; SOAP API; WSDL~S | v=S l=L
microservices | Microservices | Architecture Style | ARCH DIST | Microservice Architecture; Microservices Architecture; Micro Services | l=L
event-driven-architecture | Event-Driven Architecture | Architecture Style | DIST ARCH | Event Driven Design; Event Sourcing~S | l=L
message-queues | Message Queues | Messaging | DIST | Message Queue; Message Brokers; Message Queuing | l=L
caching | Caching | Performance | BEPERF NOSQL | Caching Strategies; Cache Invalidation |
object-relational-mapping | Object-Relational Mapping | Data Access | PERSIST | =ORM; ORMs |
data-structures-and-algorithms | Data Structures and Algorithms | Computer Science | GPP PROB | =DSA; Algorithms; Data Structures |
object-oriented-programming | Object-Oriented Programming | Programming Paradigm | GPP ARCH | =OOP; =OOPs; Object Oriented Design; =OOD |
functional-programming | Functional Programming | Programming Paradigm | FP | Functional Paradigm; FP Concepts |
design-patterns | Design Patterns | Software Design | ARCH | Software Design Patterns; GoF Patterns |
system-design | System Design | Software Design | ARCH DIST | Systems Design; High-Level Design; =HLD |
software-architecture | Software Architecture | Software Design | ARCH | Application Architecture; Architecture Design |
domain-driven-design | Domain-Driven Design | Software Design | ARCH PERSIST | =DDD |
clean-code | Clean Code | Software Design | ARCH TEST | SOLID Principles; Clean Architecture |
concurrency | Concurrency and Multithreading | Computer Science | BEPERF GPP | Multithreading; Multi-threading; Concurrent Programming; Asynchronous Programming |
websockets | WebSockets | Web Protocol | FE_API DIST | WebSocket; Web Sockets; Socket.IO~S | l=L
http | HTTP | Web Protocol | WEB BE_API | HTTP/HTTPS; HTTPS; Hypertext Transfer Protocol |
server-side-rendering | Server-Side Rendering | Frontend Architecture | WPERF UI | =SSR; Server Rendering | v=M l=L
single-page-applications | Single-Page Applications | Frontend Architecture | UI STATE | =SPA; Single Page Application; SPAs | l=L
progressive-web-apps | Progressive Web Apps | Frontend Architecture | WPERF MOBILE | =PWA; Progressive Web App; PWAs | v=M l=L
state-management | State Management | Frontend Architecture | STATE | Application State Management; Client-Side State | l=L
responsive-web-design | Responsive Web Design | Web Design | STYLE | Responsive Design; =RWD; Mobile-First Design |
web-accessibility | Web Accessibility | Accessibility | A11Y | WCAG; WCAG 2.1; =a11y; WAI-ARIA; Accessibility Standards |
web-performance | Web Performance Optimization | Performance | WPERF | Core Web Vitals; Page Speed Optimization; Frontend Performance | l=L
cross-browser-compatibility | Cross-Browser Compatibility | Web Development | WEB STYLE | Cross Browser Testing; Browser Compatibility |
authentication | Authentication and Authorization | Security | AUTH | Authentication; Authorization; AuthN/AuthZ |
database-design | Database Design | Data Modeling | PERSIST SQL | Schema Design; Database Schema Design; Relational Data Modeling |
query-optimization | Query Optimization | Performance | SQL BEPERF DBA | SQL Tuning; Query Tuning; SQL Performance Tuning |
ci-cd | CI/CD | Delivery Practice | CICD | CICD; Continuous Integration; Continuous Delivery; Continuous Deployment; CI/CD Pipelines | n=METHODOLOGY
infrastructure-as-code | Infrastructure as Code | Delivery Practice | IAC | =IaC; Infra as Code | n=METHODOLOGY l=L
devops-practices | DevOps | Delivery Practice | CICD CLOUD | DevOps Practices; Dev Ops; DevOps Culture | n=METHODOLOGY cat l=L
site-reliability-engineering | Site Reliability Engineering | Reliability | REL OBS | =SRE; SRE Practices | n=METHODOLOGY l=L
slos-and-slis | SLOs and SLIs | Reliability | REL | =SLO; =SLI; Service Level Objectives; Error Budgets | n=METHODOLOGY l=L
incident-management | Incident Management | Reliability | REL ITSM | On-Call; On-Call Rotation; Postmortems; Incident Postmortems | n=METHODOLOGY
load-balancing | Load Balancing | Infrastructure | NET BEPERF | Load Balancers; Load Balancer |
high-availability | High Availability | Reliability | REL BDR | Fault Tolerance; Failover; HA Architecture |
chaos-engineering | Chaos Engineering | Reliability | REL | Fault Injection | n=METHODOLOGY v=M l=L
unit-testing | Unit Testing | Testing | TEST | Unit Tests; Unit Test Development | n=METHODOLOGY
integration-testing | Integration Testing | Testing | TEST | Integration Tests; System Integration Testing; =SIT | n=METHODOLOGY
end-to-end-testing | End-to-End Testing | Testing | AUTOTEST TEST | =E2E Testing; E2E Tests; End to End Tests | n=METHODOLOGY
test-automation | Test Automation | Testing | AUTOTEST | Automated Testing; Automation Testing; QA Automation | n=METHODOLOGY
manual-testing | Manual Testing | Testing | TEST | Manual QA; Exploratory Testing; Functional Testing | n=METHODOLOGY
performance-testing | Performance Testing | Testing | AUTOTEST BEPERF | Load Testing; Stress Testing | n=METHODOLOGY
api-testing | API Testing | Testing | AUTOTEST BE_API | REST API Testing; Web Service Testing | n=METHODOLOGY
test-driven-development | Test-Driven Development | Testing | TEST | =TDD; Test Driven Development | n=METHODOLOGY
behavior-driven-development | Behavior-Driven Development | Testing | AUTOTEST | =BDD; Behaviour-Driven Development; Gherkin~S | n=METHODOLOGY l=L
code-review | Code Review | Engineering Practice | VCS TEST | Code Reviews; Peer Code Review; Pull Request Reviews | n=METHODOLOGY
debugging | Debugging | Engineering Practice | TEST PROB | Software Debugging; Bug Fixing; Defect Resolution |
technical-documentation | Technical Documentation | Engineering Practice | COMM ARCH | Technical Writing; Software Documentation; API Documentation |
secure-coding | Secure Coding | Security | APPSEC | Secure Coding Practices; Secure Development; Secure SDLC | n=METHODOLOGY
owasp | OWASP Top 10 | Security | APPSEC | =OWASP; OWASP Guidelines | n=METHODOLOGY l=L
threat-modeling | Threat Modeling | Security | APPSEC GRC | Threat Modelling; =STRIDE | n=METHODOLOGY l=L
penetration-testing | Penetration Testing | Security | APPSEC SECOPS | Pen Testing; Pentesting; Ethical Hacking; Penetration Tests | n=METHODOLOGY
security-testing | Application Security Testing | Security | APPSEC AUTOTEST | =SAST; =DAST; Static Application Security Testing; Dynamic Application Security Testing | n=METHODOLOGY v=M l=L
cryptography | Cryptography | Security | APPSEC AUTH | Encryption; Data Encryption; Public Key Infrastructure; =PKI |
tls-ssl | TLS/SSL | Security | NET APPSEC | SSL; TLS; SSL Certificates; TLS Certificates |
real-time-systems | Real-Time Operating Systems | Embedded Software | EMB | =RTOS; Real-Time OS; FreeRTOS~S | n=TOOL l=L
microcontrollers | Microcontrollers | Embedded Hardware | EMB | Microcontroller; =MCU; Microcontroller Programming | n=DOMAIN
embedded-c | Embedded C | Embedded Software | EMB | Embedded C Programming; Embedded C/C++ | n=LANGUAGE
firmware-development | Firmware Development | Embedded Software | EMB | Firmware; Firmware Engineering; Bare-Metal Programming | n=DOMAIN
serial-protocols | Serial Communication Protocols | Embedded Hardware | EMB CONTROLS | =I2C; =SPI; =UART; =CAN Bus; Serial Protocols | n=DOMAIN
embedded-linux | Embedded Linux | Embedded Software | EMB LINUX | Yocto~S; Buildroot~S; Linux Device Drivers | n=PLATFORM l=L
shader-programming | Shader Programming | Graphics | GAME | Shaders; =HLSL; =GLSL | n=DOMAIN l=L
computer-graphics | Computer Graphics | Graphics | GAME | 3D Graphics; Rendering Pipelines; Real-Time Rendering | n=DOMAIN
game-physics | Game Physics | Game Development | GAME | Physics Engines; Physics Simulation | n=DOMAIN l=L

# Framework | n=FRAMEWORK v=M l=L | UI JS
react | React | Frontend Framework | UI JS | React.js; ReactJS; React JS | cs
angular | Angular | Frontend Framework | UI JS | Angular 2+; Angular Framework | cs
angularjs | AngularJS | Frontend Framework | UI JS | Angular.js; Angular 1 | v=V l=S
vue | Vue.js | Frontend Framework | UI JS | =Vue; VueJS; Vue 3 |
svelte | Svelte | Frontend Framework | UI JS | Svelte.js; SvelteJS | cs v=V l=M
sveltekit | SvelteKit | Frontend Framework | UI WPERF | Svelte Kit | v=V l=M
next-js | Next.js | Frontend Framework | UI WPERF | NextJS; Next JS | v=V
nuxt | Nuxt | Frontend Framework | UI WPERF | Nuxt.js; NuxtJS | v=V l=M
redux | Redux | State Management Library | STATE | Redux Toolkit; Redux.js | cs
ngrx | NgRx | State Management Library | STATE | NgRx Store; Angular NgRx | l=M
pinia | Pinia | State Management Library | STATE | Vuex~S; Pinia Store | cs v=V l=M
rxjs | RxJS | Reactive Library | STATE JS | Reactive Extensions for JavaScript; RxJS Observables |
tanstack-query | TanStack Query | Data Fetching Library | FE_API STATE | React Query; TanStack React Query | v=V l=M
apollo-client | Apollo Client | Data Fetching Library | FE_API STATE | Apollo GraphQL Client | v=M l=M
axios | Axios | Data Fetching Library | FE_API JS | Axios HTTP Client | l=M
fetch-api | Fetch API | Browser API | FE_API WEB | XMLHttpRequest~S; =AJAX | n=CONCEPT v=S
jquery | jQuery | JavaScript Library | WEB JS | jQuery UI~S | v=S l=M
tailwind-css | Tailwind CSS | CSS Framework | STYLE | Tailwind; TailwindCSS | v=V l=M
bootstrap | Bootstrap | CSS Framework | STYLE | Bootstrap 5; Twitter Bootstrap | cs
material-ui | Material UI | UI Component Library | UI DSYS | =MUI; Material-UI; Angular Material~S | l=M
storybook | Storybook | UI Component Tooling | UI DSYS | Storybook.js; =Storybook UI | cs n=TOOL l=M
d3-js | D3.js | Visualization Library | VIZ JS | =D3; D3js | l=L
three-js | Three.js | Graphics Library | GAME JS | ThreeJS; Three JS |
webpack | Webpack | Build Tool | BUILD | Webpack 5 | n=TOOL
vite | Vite | Build Tool | BUILD | Vite.js; ViteJS | cs n=TOOL v=V l=M
npm | npm | Package Manager | BUILD JS | Node Package Manager; =NPM; =Yarn~S; =pnpm | n=TOOL v=S
babel | Babel | Build Tool | BUILD JS | Babel.js; BabelJS | cs n=TOOL
node-js | Node.js | JavaScript Runtime | JS BE_APP | NodeJS; Node JS; !Nodejs~V; =Node~A | n=PLATFORM
express | Express.js | Backend Framework | BE_APP BE_API JS | =Express; ExpressJS; Express JS |
nestjs | NestJS | Backend Framework | BE_APP BE_API JS | Nest.js; Nest JS |
django | Django | Backend Framework | BE_APP PY | Django Framework; Python Django |
django-rest-framework | Django REST Framework | Backend Framework | BE_API PY | =DRF; Django Rest |
flask | Flask | Backend Framework | BE_APP PY | Python Flask; Flask Framework | cs
fastapi | FastAPI | Backend Framework | BE_API PY | Fast API | v=V
spring | Spring Framework | Backend Framework | BE_APP JVM | =Spring; Spring MVC; Spring Core |
spring-boot | Spring Boot | Backend Framework | BE_APP BE_API JVM | SpringBoot; Spring Boot Microservices |
hibernate | Hibernate | Persistence Framework | PERSIST JVM | Hibernate ORM |
jpa | JPA | Persistence Framework | PERSIST JVM | Java Persistence API; Jakarta Persistence |
jakarta-ee | Jakarta EE | Backend Framework | BE_APP JVM | Java EE; =J2EE; =JEE | v=S
akka | Akka | Concurrency Toolkit | DIST FP JVM | Akka Streams; Akka HTTP; Akka Actors |
play-framework | Play Framework | Backend Framework | BE_APP FP JVM | Scala Play; Play! Framework |
cats-effect | Cats Effect | Functional Library | FP | Typelevel Cats Effect; =ZIO~S | v=V l=M
apache-kafka-streams | Kafka Streams | Stream Processing Library | DIST BIGDATA | Kafka Streams API |
ktor | Ktor | Backend Framework | BE_APP JVM | Ktor Framework | v=V l=M
dotnet | .NET | Application Platform | DOTNET | dotnet~V; Dot Net; .NET Core; .NET Framework; =.NET 8 | n=PLATFORM
asp-net | ASP.NET | Backend Framework | DOTNET BE_APP BE_API | ASP.NET Core; ASP.NET MVC; ASP.NET Web API |
entity-framework | Entity Framework | Persistence Framework | DOTNET PERSIST | EF Core; Entity Framework Core |
blazor | Blazor | Frontend Framework | DOTNET UI | Blazor WebAssembly; Blazor Server | v=V l=M
laravel | Laravel | Backend Framework | BE_APP | Laravel Framework; Laravel PHP |
symfony | Symfony | Backend Framework | BE_APP | Symfony Framework; Symfony PHP |
wordpress-development | WordPress Development | Content Management | WEB BE_APP | WordPress Plugins; WordPress Themes; WP Development | n=PLATFORM
ruby-on-rails | Ruby on Rails | Backend Framework | BE_APP | =Rails; =RoR; Ruby-on-Rails |
gin | Gin | Backend Framework | BE_API | Gin Gonic; Gin Framework | cs v=V l=M
react-native | React Native | Mobile Framework | XPLAT | ReactNative; React Native Development | v=V
flutter | Flutter | Mobile Framework | XPLAT | Flutter SDK; Flutter Framework | cs v=V
swiftui | SwiftUI | Mobile UI Framework | MOBILE UI | Swift UI | v=V l=M
uikit | UIKit | Mobile UI Framework | MOBILE UI | UI Kit; Cocoa Touch |
jetpack-compose | Jetpack Compose | Mobile UI Framework | MOBILE UI | Android Jetpack Compose; Compose UI | v=V l=M
android-jetpack | Android Jetpack | Mobile Framework | MOBILE | Jetpack Libraries; Android Architecture Components |
ios-sdk | iOS SDK | Mobile Platform | MOBILE | iOS Development; iOS App Development; =Cocoa | n=PLATFORM
android-sdk | Android SDK | Mobile Platform | MOBILE | Android Development; Android App Development | n=PLATFORM
xcode | Xcode | IDE | MOBILE BUILD | Apple Xcode | n=TOOL
android-studio | Android Studio | IDE | MOBILE BUILD | Android IDE | n=TOOL
unity | Unity | Game Engine | GAME | Unity3D; Unity 3D; Unity Engine | cs n=PLATFORM
unreal-engine | Unreal Engine | Game Engine | GAME | =UE4; =UE5; =Unreal; Unreal Engine 5 | n=PLATFORM
godot | Godot Engine | Game Engine | GAME | Godot; GDScript~S | n=PLATFORM v=V l=M
opengl | OpenGL | Graphics API | GAME | Open GL; OpenGL ES; Vulkan~S | n=TOOL
junit | JUnit | Testing Framework | TEST JVM | JUnit 5; JUnit5 | n=TOOL
mockito | Mockito | Testing Framework | TEST JVM | Mockito Framework | n=TOOL
pytest | pytest | Testing Framework | TEST PY | Pytest Framework | n=TOOL
jest | Jest | Testing Framework | TEST JS | Jest.js; JestJS | cs n=TOOL
react-testing-library | React Testing Library | Testing Framework | TEST UI | =RTL; Testing Library | n=TOOL l=M
cypress | Cypress | Testing Framework | AUTOTEST | Cypress.io | cs n=TOOL v=V
selenium | Selenium | Testing Framework | AUTOTEST | Selenium WebDriver; WebDriver | cs n=TOOL
playwright | Playwright | Testing Framework | AUTOTEST | Microsoft Playwright; Playwright Test | cs n=TOOL v=V l=M
appium | Appium | Testing Framework | AUTOTEST MOBILE | Appium Mobile Testing | n=TOOL
cucumber | Cucumber | Testing Framework | AUTOTEST | Cucumber BDD; SpecFlow~S | cs n=TOOL
testng | TestNG | Testing Framework | AUTOTEST JVM | Test NG | n=TOOL
postman | Postman | API Tool | AUTOTEST BE_API | Postman API Platform; =Newman~S | cs n=TOOL
jmeter | Apache JMeter | Load Testing Tool | AUTOTEST BEPERF | JMeter; =k6~S; =Gatling~S | n=TOOL
grpc | gRPC | RPC Framework | BE_API DIST | gRPC Services; Protocol Buffers~S; Protobuf~S |
"""

SKILLS_PLATFORM_DATA = """
# Database | n=TOOL v=S l=L | SQL
postgresql | PostgreSQL | Relational Database | SQL PERSIST | Postgres; psql~A; Postgre SQL; PostgresSQL~M |
mysql | MySQL | Relational Database | SQL PERSIST | My SQL |
sql-server | Microsoft SQL Server | Relational Database | SQL DBA | SQL Server; =MSSQL; MS SQL; MS SQL Server |
oracle-database | Oracle Database | Relational Database | SQL DBA | =Oracle; Oracle DB; Oracle RDBMS |
mariadb | MariaDB | Relational Database | SQL | Maria DB |
sqlite | SQLite | Embedded Database | SQL PERSIST | SQLite3 |
mongodb | MongoDB | Document Database | NOSQL PERSIST | Mongo; Mongo DB |
redis | Redis | Key-Value Store | NOSQL BEPERF | Redis Cache; Redis Cluster |
cassandra | Apache Cassandra | Wide-Column Database | NOSQL DIST | =Cassandra; ScyllaDB~S |
dynamodb | Amazon DynamoDB | Key-Value Store | NOSQL CLOUD | DynamoDB; Dynamo DB |
elasticsearch | Elasticsearch | Search Engine | NOSQL OBS | Elastic Search; OpenSearch~S |
neo4j | Neo4j | Graph Database | NOSQL | Neo4J Graph; Cypher Query Language |
firebase | Firebase | Backend-as-a-Service | NOSQL XPLAT | Google Firebase; Cloud Firestore; Firestore | n=PLATFORM v=M
snowflake | Snowflake | Cloud Data Warehouse | DWH SQL | Snowflake Data Cloud; Snowflake DB | cs n=PLATFORM v=M
bigquery | Google BigQuery | Cloud Data Warehouse | DWH SQL | BigQuery; Big Query; =BQ | n=PLATFORM
redshift | Amazon Redshift | Cloud Data Warehouse | DWH SQL | Redshift; AWS Redshift | n=PLATFORM
databricks | Databricks | Data Platform | BIGDATA DWH | Databricks Lakehouse; Delta Lake~S | n=PLATFORM v=M
pinecone | Pinecone | Vector Database | GENAI NOSQL | Pinecone Vector DB; Pinecone DB | cs ai v=V l=M

# Cloud Platform | n=PLATFORM v=M l=L | CLOUD
aws | Amazon Web Services | Public Cloud | CLOUD | =AWS; Amazon AWS; AWS Cloud | cat
azure | Microsoft Azure | Public Cloud | CLOUD | =Azure; MS Azure; Azure Cloud | cat
gcp | Google Cloud Platform | Public Cloud | CLOUD | =GCP; Google Cloud |
aws-lambda | AWS Lambda | Serverless | CLOUD BE_APP | Lambda Functions; Serverless Functions~S |
amazon-ec2 | Amazon EC2 | Compute | CLOUD | =EC2; AWS EC2; Elastic Compute Cloud |
amazon-s3 | Amazon S3 | Object Storage | CLOUD | =S3; AWS S3; Simple Storage Service |
aws-iam | AWS IAM | Identity | CLOUD IAM | AWS Identity and Access Management; IAM Policies |
amazon-eks | Amazon EKS | Managed Kubernetes | CONT CLOUD | =EKS; AWS EKS; Elastic Kubernetes Service |
amazon-ecs | Amazon ECS | Container Service | CONT CLOUD | =ECS; AWS ECS; AWS Fargate~S |
azure-devops | Azure DevOps | DevOps Platform | CICD | Azure DevOps Services; =ADO; Azure Pipelines; =VSTS | n=TOOL
google-kubernetes-engine | Google Kubernetes Engine | Managed Kubernetes | CONT CLOUD | =GKE |
heroku | Heroku | Platform as a Service | CLOUD | Heroku Platform |
vercel | Vercel | Frontend Hosting | CLOUD WPERF | Vercel Platform; Netlify~S | v=V l=M
cloudflare | Cloudflare | Edge Network | NET WPERF | Cloudflare CDN; Cloudflare Workers |
cloud-computing | Cloud Computing | Cloud Concept | CLOUD | Cloud Infrastructure; Cloud Services; Cloud Technologies | n=CONCEPT v=S l=E cat
serverless | Serverless Architecture | Cloud Concept | CLOUD ARCH | Serverless; Serverless Computing; =FaaS | n=CONCEPT
cloud-networking | Cloud Networking | Cloud Concept | CLOUD NET | =VPC; Virtual Private Cloud; Cloud Network Design | n=CONCEPT
cloud-cost-optimization | Cloud Cost Optimization | Cloud Concept | CLOUD | =FinOps; Cloud Cost Management | n=METHODOLOGY

# DevOps Tool | n=TOOL v=M l=L | CICD
docker | Docker | Containers | CONT | Docker Containers; Dockerfile; Docker Compose |
kubernetes | Kubernetes | Container Orchestration | CONT | k8s~A; !K8S~A; Kubernetes Cluster | n=PLATFORM
helm | Helm | Container Orchestration | CONT | Helm Charts; Helm 3 | cs
openshift | Red Hat OpenShift | Container Orchestration | CONT | OpenShift; OpenShift Container Platform | n=PLATFORM
terraform | Terraform | Infrastructure as Code | IAC | HashiCorp Terraform; Terraform Cloud; OpenTofu~S |
ansible | Ansible | Configuration Management | IAC SYSADMIN | Ansible Playbooks; Red Hat Ansible |
chef | Chef | Configuration Management | IAC | Chef Infra; Opscode Chef | cs v=S
puppet | Puppet | Configuration Management | IAC | Puppet Enterprise | cs v=S
cloudformation | AWS CloudFormation | Infrastructure as Code | IAC CLOUD | CloudFormation; =CFN | 
pulumi | Pulumi | Infrastructure as Code | IAC | Pulumi IaC | v=V l=M
jenkins | Jenkins | CI Server | CICD | Jenkins CI; Jenkins Pipelines; Jenkinsfile |
github-actions | GitHub Actions | CI Service | CICD | GH Actions; GitHub Workflows | v=V
gitlab-ci | GitLab CI/CD | CI Service | CICD | GitLab CI; GitLab Pipelines |
circleci | CircleCI | CI Service | CICD | Circle CI |
argo-cd | Argo CD | Continuous Delivery | CICD CONT | ArgoCD; =GitOps~S; Flux CD~S | v=V l=M
git | Git | Version Control | VCS | Git Version Control; Git Workflow | cs v=S l=E
github | GitHub | Code Hosting | VCS | GitHub Enterprise; GitHub Repositories | v=S
gitlab | GitLab | Code Hosting | VCS CICD | GitLab Enterprise | v=S
bitbucket | Bitbucket | Code Hosting | VCS | Atlassian Bitbucket; Bit Bucket | v=S
prometheus | Prometheus | Monitoring | OBS | Prometheus Monitoring; PromQL | cs
grafana | Grafana | Monitoring | OBS VIZ | Grafana Dashboards |
datadog | Datadog | Monitoring | OBS | Data Dog; Datadog APM |
splunk | Splunk | Log Management | OBS SECOPS | Splunk Enterprise; Splunk SPL |
elk-stack | ELK Stack | Log Management | OBS | =ELK; Elastic Stack; Kibana~S; Logstash~S |
new-relic | New Relic | Monitoring | OBS | NewRelic; New Relic APM |
opentelemetry | OpenTelemetry | Tracing | OBS | =OTel; Open Telemetry; Distributed Tracing~S | v=V
sentry | Sentry | Error Tracking | OBS TEST | Sentry.io; Sentry Error Monitoring | cs
pagerduty | PagerDuty | Incident Response Tool | REL | Pager Duty; Opsgenie~S |
nginx | NGINX | Web Server | LINUX NET | NGINX Web Server; NGINX Reverse Proxy | v=S
apache-http-server | Apache HTTP Server | Web Server | LINUX | Apache httpd; =httpd; Apache Web Server | v=S
istio | Istio | Service Mesh | CONT NET | Istio Service Mesh; =Envoy~S; Linkerd~S | v=V l=M
rabbitmq | RabbitMQ | Message Broker | DIST | Rabbit MQ; AMQP~S |
kafka | Apache Kafka | Event Streaming | DIST BIGDATA | Kafka; Confluent Kafka; Kafka Connect |
sonarqube | SonarQube | Code Quality | TEST CICD | SonarCloud; SonarLint~S |
maven | Apache Maven | Build Tool | BUILD JVM | =Maven; Maven Build |
gradle | Gradle | Build Tool | BUILD JVM | Gradle Build; Gradle Kotlin DSL |
sbt | sbt | Build Tool | BUILD FP | Scala Build Tool; =SBT |
visual-studio-code | Visual Studio Code | IDE | GPP | =VS Code; VSCode | v=S
intellij-idea | IntelliJ IDEA | IDE | JVM | IntelliJ; JetBrains IntelliJ | v=S
jira | Jira | Work Management | AGILE REQ | Atlassian Jira; Jira Software; !JIRA~V |
confluence | Confluence | Documentation | COMM REQ | Atlassian Confluence; Confluence Wiki | cs

# IT Infrastructure | n=PLATFORM v=S l=L | SYSADMIN
linux | Linux | Operating System | LINUX SYSADMIN | GNU/Linux; Linux OS; Unix/Linux | l=E
red-hat-enterprise-linux | Red Hat Enterprise Linux | Operating System | LINUX SYSADMIN | =RHEL; Red Hat Linux; CentOS~S; Rocky Linux~S |
ubuntu | Ubuntu | Operating System | LINUX | Ubuntu Linux; Ubuntu Server; Debian~S |
windows-server | Windows Server | Operating System | SYSADMIN | Microsoft Windows Server; Windows Server 2019; Windows Server 2022 |
microsoft-windows | Microsoft Windows | Operating System | SUPPORT ENDPOINT | =Windows; Windows 10; Windows 11; Windows OS |
macos | macOS | Operating System | SUPPORT ENDPOINT | Mac OS; OS X; Mac OS X |
active-directory | Active Directory | Directory Service | IAM SYSADMIN | Microsoft Active Directory; MS AD; =AD DS; Active Directory Domain Services | n=TOOL
entra-id | Microsoft Entra ID | Directory Service | IAM CLOUD | Azure Active Directory; Azure AD; =AAD; Entra ID | n=TOOL v=M
okta | Okta | Identity Platform | IAM AUTH | Okta Identity; Okta SSO | n=TOOL v=M
single-sign-on | Single Sign-On | Identity | IAM AUTH | =SSO; =SAML; SAML 2.0; Single Sign On | n=CONCEPT
oauth | OAuth 2.0 | Identity | AUTH | OAuth; OAuth2; OpenID Connect; =OIDC | n=CONCEPT
jwt | JSON Web Tokens | Identity | AUTH | =JWT; JWT Tokens; JSON Web Token | n=CONCEPT
group-policy | Group Policy | Directory Service | IAM ENDPOINT | =GPO; Group Policy Objects | n=TOOL
microsoft-365-admin | Microsoft 365 Administration | Collaboration Platform | SYSADMIN OFFICE | Office 365 Administration; =O365 Admin; M365 Administration | n=TOOL v=M
exchange-server | Microsoft Exchange | Email Platform | SYSADMIN | Exchange Server; Exchange Online; MS Exchange | n=TOOL
vmware-vsphere | VMware vSphere | Virtualization | VIRT | VMware; vSphere; =ESXi; vCenter | n=TOOL
hyper-v | Hyper-V | Virtualization | VIRT | Microsoft Hyper-V; HyperV | n=TOOL
virtualization | Virtualization | Virtualization | VIRT | Server Virtualization; Virtualisation; Virtual Machines | n=CONCEPT l=E
tcp-ip | TCP/IP | Networking | NET | TCP IP; Internet Protocol Suite; TCP/IP Networking | n=CONCEPT l=E
dns | DNS | Networking | NET SYSADMIN | Domain Name System; DNS Management | n=CONCEPT l=E
dhcp | DHCP | Networking | NET SYSADMIN | Dynamic Host Configuration Protocol | n=CONCEPT l=E
vpn | VPN | Networking | NET IAM | Virtual Private Network; VPNs; Site-to-Site VPN | n=CONCEPT l=E
lan-wan | LAN/WAN | Networking | NET | =LAN; =WAN; Local Area Network; Wide Area Network | n=CONCEPT l=E
routing-and-switching | Routing and Switching | Networking | NET | Routing & Switching; Routers and Switches; =BGP; =OSPF; =VLANs | n=CONCEPT l=E
cisco-ios | Cisco IOS | Network OS | NET | Cisco Networking; Cisco Routers; Cisco Switches | n=TOOL
wireless-networking | Wireless Networking | Networking | NET | Wi-Fi; =WLAN; Wireless LAN | n=CONCEPT l=E
firewall-management | Firewall Management | Network Security | NET SECOPS | Firewalls; Firewall Configuration; Palo Alto Firewalls~S; Fortinet~S | n=DOMAIN
network-monitoring | Network Monitoring | Networking | NET OBS | SolarWinds~S; Network Performance Monitoring; PRTG~S | n=DOMAIN
wireshark | Wireshark | Network Analysis | NET SECOPS | Packet Analysis; Packet Capture | n=TOOL
servicenow | ServiceNow | IT Service Management | ITSM | Service Now; =SNOW | n=TOOL v=M
zendesk | Zendesk | Help Desk Software | SUPPORT CUSTSERV | Zendesk Support | n=TOOL v=M
freshservice | Freshservice | IT Service Management | ITSM | Freshdesk~S; Fresh Service | n=TOOL v=M
itil | ITIL | Service Management Framework | ITSM | ITIL Framework; IT Infrastructure Library; ITIL v4; ITIL Processes | n=METHODOLOGY
ticketing-systems | Ticketing Systems | Service Management | ITSM SUPPORT | Help Desk Ticketing; Ticket Management; Ticketing Tools | n=TOOL
technical-support | Technical Support | End-User Support | SUPPORT | Tech Support; IT Support; Help Desk Support; Service Desk Support; Desktop Support | n=DOMAIN l=E
hardware-troubleshooting | Hardware Troubleshooting | End-User Support | SUPPORT | Hardware Repair; PC Repair; Computer Repair | n=DOMAIN l=E
remote-support | Remote Desktop Support | End-User Support | SUPPORT | Remote Support; Remote Desktop; =RDP; TeamViewer~S | n=DOMAIN
printer-support | Printer and Peripheral Support | End-User Support | SUPPORT ENDPOINT | Printer Support; Printer Troubleshooting; Peripheral Setup | n=DOMAIN
os-imaging | OS Imaging and Deployment | Endpoint Management | ENDPOINT | Computer Imaging; Windows Deployment; =WDS; Windows Autopilot~S | n=DOMAIN
sccm | Microsoft Configuration Manager | Endpoint Management | ENDPOINT | =SCCM; =MECM; =ConfigMgr; System Center Configuration Manager | n=TOOL
intune | Microsoft Intune | Endpoint Management | ENDPOINT | Intune; Endpoint Manager | n=TOOL v=M
jamf | Jamf Pro | Endpoint Management | ENDPOINT | Jamf; Apple Device Management | n=TOOL v=M
mobile-device-management | Mobile Device Management | Endpoint Management | ENDPOINT | =MDM; Mobile Device Mgmt | n=CONCEPT
patch-management | Patch Management | Endpoint Management | ENDPOINT SYSADMIN | Software Patching; OS Patching; =WSUS | n=METHODOLOGY l=E
backup-and-recovery | Backup and Recovery | Data Protection | BDR | Data Backup; Backups; Disaster Recovery; Backup and Restore | n=DOMAIN l=E
veeam | Veeam Backup & Replication | Data Protection | BDR VIRT | Veeam; Veeam Backup | n=TOOL
database-administration | Database Administration | Database Operations | DBA | =DBA; DB Administration; Database Maintenance | n=DOMAIN l=E
database-replication | Database Replication | Database Operations | DBA BDR | Always On Availability Groups; Log Shipping | n=CONCEPT
siem | SIEM | Security Monitoring | SECOPS | Security Information and Event Management; SIEM Tools | n=TOOL
microsoft-sentinel | Microsoft Sentinel | Security Monitoring | SECOPS | Azure Sentinel; Sentinel SIEM | n=TOOL v=M
crowdstrike | CrowdStrike Falcon | Endpoint Security | SECOPS ENDPOINT | CrowdStrike; =EDR~S; Endpoint Detection and Response | n=TOOL v=M
incident-response-security | Security Incident Response | Security Operations | SECOPS | Cyber Incident Response; =DFIR; Digital Forensics | n=METHODOLOGY
vulnerability-management | Vulnerability Management | Security Operations | SECOPS APPSEC | Vulnerability Scanning; Vulnerability Assessment; Nessus~S; Qualys~S | n=METHODOLOGY
threat-intelligence | Threat Intelligence | Security Operations | SECOPS | Cyber Threat Intelligence; =CTI; MITRE ATT&CK | n=DOMAIN
nist-csf | NIST Cybersecurity Framework | Security Framework | GRC | NIST CSF; NIST 800-53; =NIST | n=METHODOLOGY
iso-27001 | ISO 27001 | Security Framework | GRC | ISO/IEC 27001; ISO27001; =ISMS | n=METHODOLOGY
soc-2 | SOC 2 | Security Framework | GRC AUDIT | SOC2; SOC 2 Type II; SOC 2 Compliance | n=METHODOLOGY

# Data & Analytics | n=TOOL v=M l=L | ANALYSIS
data-analysis | Data Analysis | Analysis | ANALYSIS | Data Analytics; Analyzing Data; Data Analysis Skills | n=DOMAIN v=S l=E cat
data-visualization | Data Visualization | Visualization | VIZ | Data Viz; Dataviz; Data Visualisation | n=DOMAIN v=S l=E
tableau | Tableau | Business Intelligence | VIZ | Tableau Desktop; Tableau Server |
power-bi | Microsoft Power BI | Business Intelligence | VIZ | Power BI; PowerBI; MS Power BI; =DAX~S |
looker | Looker | Business Intelligence | VIZ DWH | Looker BI; LookML | cs
looker-studio | Looker Studio | Business Intelligence | VIZ MANALYTICS | Google Data Studio; Data Studio |
qlik | Qlik Sense | Business Intelligence | VIZ | Qlik; QlikView |
microsoft-excel | Microsoft Excel | Spreadsheet | SPREAD OFFICE | =Excel; MS Excel; Advanced Excel; Excel Spreadsheets; =VLOOKUP~S; =XLOOKUP~S | v=S l=E
google-sheets | Google Sheets | Spreadsheet | SPREAD OFFICE | GSheets; Google Spreadsheets | v=S
pivot-tables | Pivot Tables | Spreadsheet | SPREAD ANALYSIS | PivotTables; Pivot Table; Pivot Charts | n=CONCEPT v=S l=E
sas | SAS | Statistical Software | STATS | =SAS Base; SAS Programming; SAS Enterprise Guide | cs
spss | IBM SPSS | Statistical Software | STATS | =SPSS; SPSS Statistics |
stata | Stata | Statistical Software | STATS | Stata Software | cs
pandas | Pandas | Python Data Library | ANALYSIS PY | Python Pandas; Pandas DataFrames |
numpy | NumPy | Python Data Library | ANALYSIS PY | Numerical Python |
matplotlib | Matplotlib | Visualization Library | VIZ PY | Pyplot |
seaborn | Seaborn | Visualization Library | VIZ PY | Seaborn Library | cs
plotly | Plotly | Visualization Library | VIZ PY | Plotly Dash; Plotly Express |
jupyter | Jupyter Notebook | Notebook | ANALYSIS PY | Jupyter; JupyterLab; IPython; Jupyter Notebooks |
statistics | Statistics | Statistical Methods | STATS | Statistical Analysis; Applied Statistics; Statistical Methods | n=DOMAIN v=S l=E
hypothesis-testing | Hypothesis Testing | Statistical Methods | STATS EXP | Statistical Significance Testing; Significance Testing; t-tests | n=CONCEPT v=S l=E
regression-analysis | Regression Analysis | Statistical Methods | STATS | Linear Regression; Logistic Regression; Regression Models | n=CONCEPT v=S l=E
time-series-analysis | Time Series Analysis | Statistical Methods | STATS ML | Time-Series Forecasting; Time Series Forecasting; =ARIMA | n=CONCEPT v=S l=E
ab-testing | A/B Testing | Experimentation | EXP | AB Testing; Split Testing; A/B Tests; Online Experimentation | n=METHODOLOGY v=S l=E
data-cleaning | Data Cleaning | Data Preparation | ANALYSIS DGOV | Data Cleansing; Data Wrangling; Data Munging; Data Preparation | n=CONCEPT v=S l=E
etl | ETL | Data Integration | ETL | Extract Transform Load; =ELT; ETL Pipelines; ETL Processes | n=CONCEPT v=S l=E
data-pipelines | Data Pipelines | Data Integration | ETL | Data Pipeline; Data Ingestion | n=CONCEPT v=S l=E
data-warehousing | Data Warehousing | Data Architecture | DWH | Data Warehouse; =DWH; =EDW; Enterprise Data Warehouse | n=CONCEPT v=S l=E
data-modeling | Data Modeling | Data Architecture | DWH PERSIST | Data Modelling; Dimensional Modeling; Star Schema; Kimball Methodology | n=CONCEPT v=S l=E
data-lakes | Data Lakes | Data Architecture | DWH BIGDATA | Data Lake; Lakehouse; Data Lakehouse | n=CONCEPT
data-governance | Data Governance | Data Management | DGOV | Data Stewardship; Data Lineage; Data Catalog | n=METHODOLOGY v=S l=E
data-quality | Data Quality | Data Management | DGOV | Data Validation; Data Quality Checks; Great Expectations~S | n=METHODOLOGY v=S l=E
big-data | Big Data | Data Architecture | BIGDATA | Big Data Technologies; Big Data Analytics | n=CONCEPT cat
apache-spark | Apache Spark | Distributed Processing | BIGDATA | =Spark; Spark SQL; Spark Streaming |
pyspark | PySpark | Distributed Processing | BIGDATA PY | Py Spark; Spark with Python |
hadoop | Apache Hadoop | Distributed Processing | BIGDATA | Hadoop; =HDFS; MapReduce; Apache Hive~S | v=S
apache-flink | Apache Flink | Stream Processing | BIGDATA DIST | Flink; Flink Streaming |
airflow | Apache Airflow | Workflow Orchestration | ETL | =Airflow; Airflow DAGs; Dagster~S; =Prefect~S |
dbt | dbt | Data Transformation | DWH ETL | Data Build Tool; dbt Core; dbt Cloud |
fivetran | Fivetran | Data Integration | ETL | Fivetran Connectors; Airbyte~S | v=V l=M
informatica | Informatica | Data Integration | ETL | Informatica PowerCenter; =IICS | v=S
ssis | SSIS | Data Integration | ETL DOTNET | SQL Server Integration Services | v=S
azure-data-factory | Azure Data Factory | Data Integration | ETL CLOUD | =ADF; Azure Synapse~S |
aws-glue | AWS Glue | Data Integration | ETL CLOUD | Glue ETL; AWS Glue Jobs |

# AI & Machine Learning | n=CONCEPT v=V l=M ai | ML
artificial-intelligence | Artificial Intelligence | AI Concept | ML GENAI | =AI; =A.I.~V; AI Technologies | v=M l=L cat
machine-learning | Machine Learning | AI Concept | ML | =ML; Machine Learning Algorithms; Statistical Learning; Predictive Modeling | v=M l=E cat
deep-learning | Deep Learning | AI Concept | DL | =DL; Deep Neural Networks | v=M l=L
neural-networks | Neural Networks | AI Concept | DL | Artificial Neural Networks; Neural Nets; =CNN~S; =RNN~S | v=M l=L
natural-language-processing | Natural Language Processing | AI Concept | NLP | =NLP; Text Mining; Computational Linguistics; Text Analytics | v=M l=L
computer-vision | Computer Vision | AI Concept | CV | Image Recognition; Machine Vision; Image Processing; Object Detection | v=M l=L
large-language-models | Large Language Models | Generative AI | GENAI NLP | =LLM; =LLMs; Foundation Models; GPT Models |
prompt-engineering | Prompt Engineering | Generative AI | GENAI | Prompt Design; Prompt Crafting; Prompt Optimization | n=METHODOLOGY
generative-ai | Generative AI | Generative AI | GENAI | GenAI; Gen AI; Generative Artificial Intelligence | cat
retrieval-augmented-generation | Retrieval-Augmented Generation | Generative AI | GENAI NLP | =RAG; RAG Pipelines; Retrieval Augmented Generation |
vector-databases | Vector Databases | Generative AI | GENAI NOSQL | Vector Database; Vector Store; Vector Search |
llm-fine-tuning | LLM Fine-Tuning | Generative AI | GENAI DL | Model Fine-Tuning; LLM Finetuning; =LoRA; =PEFT | n=METHODOLOGY
ai-agents | AI Agents | Generative AI | GENAI | Agentic AI; LLM Agents; Autonomous Agents; Agent Frameworks |
llm-evaluation | LLM Evaluation | Generative AI | GENAI MLOPS | LLM Evals; Model Evaluation for LLMs; AI Evaluation | n=METHODOLOGY
mlops | MLOps | ML Operations | MLOPS | ML Ops; Machine Learning Operations; Model Deployment; Model Monitoring | n=METHODOLOGY
feature-engineering | Feature Engineering | ML Technique | ML | Feature Extraction; Feature Selection | v=M l=L
reinforcement-learning | Reinforcement Learning | AI Concept | ML DL | Deep Reinforcement Learning; =RLHF~S | v=M l=L
recommender-systems | Recommender Systems | AI Application | ML | Recommendation Systems; Recommendation Engines; Collaborative Filtering | v=M l=L
responsible-ai | Responsible AI | AI Governance | GENAI DGOV | AI Ethics; AI Governance; AI Safety; Model Fairness | n=METHODOLOGY
scikit-learn | scikit-learn | ML Library | ML PY | sklearn; Scikit Learn | n=FRAMEWORK v=M l=L
tensorflow | TensorFlow | Deep Learning Framework | DL | Tensor Flow; TensorFlow 2; =TF2 | n=FRAMEWORK
keras | Keras | Deep Learning Framework | DL | Keras API | n=FRAMEWORK
pytorch | PyTorch | Deep Learning Framework | DL | Py Torch; =Torch; PyTorch Lightning~S | n=FRAMEWORK
xgboost | XGBoost | ML Library | ML | XG Boost; LightGBM~S; CatBoost~S | n=FRAMEWORK v=M
hugging-face-transformers | Hugging Face Transformers | NLP Library | NLP GENAI | Hugging Face; HuggingFace; Transformers Library | n=FRAMEWORK
spacy | spaCy | NLP Library | NLP PY | spaCy NLP | n=FRAMEWORK v=M l=L
nltk | NLTK | NLP Library | NLP PY | Natural Language Toolkit | n=FRAMEWORK v=M l=L
opencv | OpenCV | Computer Vision Library | CV | Open CV; OpenCV Python | n=FRAMEWORK v=M l=L
langchain | LangChain | LLM Framework | GENAI | Lang Chain; LangGraph~S | n=FRAMEWORK
llamaindex | LlamaIndex | LLM Framework | GENAI | Llama Index; GPT Index | n=FRAMEWORK
openai-api | OpenAI API | LLM API | GENAI | OpenAI; GPT-4 API; ChatGPT API; Azure OpenAI | n=PLATFORM
mlflow | MLflow | ML Platform | MLOPS | ML Flow; MLflow Tracking | n=TOOL
kubeflow | Kubeflow | ML Platform | MLOPS CONT | Kubeflow Pipelines | n=TOOL
amazon-sagemaker | Amazon SageMaker | ML Platform | MLOPS CLOUD | SageMaker; AWS SageMaker | n=PLATFORM
vertex-ai | Google Vertex AI | ML Platform | MLOPS CLOUD | Vertex AI; GCP Vertex AI | n=PLATFORM
"""

SKILLS_BUSINESS = """
# Design | n=TOOL v=M l=L | VISUAL
figma | Figma | Design Tool | IXD VISUAL DSYS | Figma Design; FigJam~S |
sketch | Sketch | Design Tool | IXD VISUAL | Sketch App; Bohemian Sketch | cs
adobe-xd | Adobe XD | Design Tool | IXD | Adobe Experience Design | v=V l=M
adobe-photoshop | Adobe Photoshop | Image Editing | VISUAL | Photoshop; Photoshop CC | v=S
adobe-illustrator | Adobe Illustrator | Vector Graphics | VISUAL | =Illustrator; Illustrator CC | v=S
adobe-indesign | Adobe InDesign | Desktop Publishing | VISUAL | InDesign | v=S
adobe-after-effects | Adobe After Effects | Motion Graphics | MEDIA | After Effects | v=S
adobe-premiere-pro | Adobe Premiere Pro | Video Editing | MEDIA | Premiere Pro; =Premiere | v=S
adobe-creative-cloud | Adobe Creative Cloud | Design Suite | VISUAL MEDIA | Adobe Creative Suite; Adobe CC; Adobe CS | v=S
canva | Canva | Design Tool | VISUAL SOCIAL | Canva Pro |
invision | InVision | Prototyping Tool | IXD | InVision App | v=V l=S
miro | Miro | Collaboration Tool | IXD COMM | Miro Board; =Mural~S | cs
blender | Blender | 3D Modeling | GAME MEDIA | Blender 3D | cs
final-cut-pro | Final Cut Pro | Video Editing | MEDIA | Final Cut; =FCPX |
wireframing | Wireframing | UX Method | IXD | Wireframes; Wire-framing; Low-Fidelity Wireframes | n=METHODOLOGY v=S l=E
prototyping | Prototyping | UX Method | IXD | Rapid Prototyping; Interactive Prototypes; High-Fidelity Prototypes | n=METHODOLOGY v=S l=E
user-research | User Research | UX Method | UXR | UX Research; Design Research; User Needs Research | n=METHODOLOGY v=S l=E
usability-testing | Usability Testing | UX Method | UXR | User Testing; Usability Studies; Usability Tests | n=METHODOLOGY v=S l=E
user-interviews | User Interviews | UX Method | UXR | Customer Interviews; Contextual Inquiry | n=METHODOLOGY v=S l=E
survey-design | Survey Design | Research Method | UXR MARKET | Questionnaire Design; Survey Research; Qualtrics~S | n=METHODOLOGY v=S l=E
user-personas | User Personas | UX Method | UXR PSTRAT | Personas; Persona Development | n=METHODOLOGY v=S l=E
journey-mapping | Customer Journey Mapping | UX Method | UXR IXD | Journey Mapping; User Journey Maps; Service Blueprints | n=METHODOLOGY v=S l=E
information-architecture | Information Architecture | UX Method | IXD | Site Maps; Card Sorting; Tree Testing | n=METHODOLOGY v=S l=E
interaction-design | Interaction Design | Design Discipline | IXD | =IxD; Interaction Designer Skills; Microinteractions | n=DOMAIN v=S l=E
ux-design | User Experience Design | Design Discipline | IXD UXR | UX Design; =UX; User Experience | n=DOMAIN v=S l=E cat
ui-design | User Interface Design | Design Discipline | VISUAL IXD | UI Design; =UI; Interface Design | n=DOMAIN v=S l=E
visual-design | Visual Design | Design Discipline | VISUAL | Visual Communication Design; Layout Design | n=DOMAIN v=S l=E
typography | Typography | Design Discipline | VISUAL | Type Design; Font Pairing | n=DOMAIN v=S l=E
color-theory | Color Theory | Design Discipline | VISUAL | Colour Theory; Color Palettes | n=CONCEPT v=S l=E
design-systems | Design Systems | Design Discipline | DSYS | Design System; Component Libraries; Design Tokens; UI Kits | n=METHODOLOGY v=S l=E
design-thinking | Design Thinking | Design Method | UXR PSTRAT | Human-Centered Design; Human-Centred Design | n=METHODOLOGY v=S l=E
brand-identity-design | Brand Identity Design | Design Discipline | VISUAL CAMPAIGN | Brand Design; Logo Design; Visual Identity | n=DOMAIN v=S l=E
motion-graphics | Motion Graphics | Design Discipline | MEDIA | Motion Design; Animation; 2D Animation | n=DOMAIN
print-design | Print Design | Design Discipline | VISUAL | Print Production; Prepress; Print Layout | n=DOMAIN v=S l=E
video-editing | Video Editing | Media Production | MEDIA SOCIAL | Video Production; Video Post-Production | n=DOMAIN v=S l=E
heuristic-evaluation | Heuristic Evaluation | UX Method | UXR | UX Audit; Expert Review; Usability Heuristics | n=METHODOLOGY v=S l=E
photography | Photography | Media Production | MEDIA VISUAL | Product Photography; Photo Editing | n=DOMAIN v=S l=E

# Product & Project Management | n=METHODOLOGY v=S l=E | REQ
product-management | Product Management | Product Discipline | PSTRAT REQ | Product Lifecycle Management; =PLM | n=DOMAIN cat
product-strategy | Product Strategy | Product Discipline | PSTRAT | Product Vision; Product Positioning | n=DOMAIN
product-roadmapping | Product Roadmapping | Product Discipline | PSTRAT | Roadmapping; Product Roadmap; Roadmap Planning |
requirements-gathering | Requirements Gathering | Business Analysis | REQ STAKE | Requirements Elicitation; Requirements Analysis; Business Requirements |
user-stories | User Stories | Agile Practice | REQ AGILE | User Story Writing; Acceptance Criteria; Writing User Stories |
backlog-management | Backlog Management | Agile Practice | REQ AGILE | Backlog Grooming; Backlog Refinement; Backlog Prioritization |
prioritization-frameworks | Prioritization Frameworks | Product Discipline | PSTRAT REQ | =RICE; =MoSCoW; Kano Model; Feature Prioritization |
okrs | OKRs | Goal Setting | PSTRAT TALENT | Objectives and Key Results; =OKR |
kpi-definition | KPI Definition | Performance Measurement | PMETRICS ANALYSIS | KPIs; Key Performance Indicators; KPI Tracking; =KPI |
go-to-market-strategy | Go-to-Market Strategy | Product Discipline | PSTRAT CAMPAIGN | Go To Market; GTM Strategy; Market Entry Strategy | n=DOMAIN
market-research | Market Research | Research | MARKET | Market Analysis; Market Sizing; Customer Research | n=DOMAIN
competitive-analysis | Competitive Analysis | Research | MARKET | Competitor Analysis; Competitive Intelligence; Competitive Landscape | n=DOMAIN
product-analytics | Product Analytics | Analytics | PMETRICS | Product Metrics; Funnel Analysis; Cohort Analysis | n=DOMAIN
mixpanel | Mixpanel | Product Analytics Tool | PMETRICS | Mixpanel Analytics | n=TOOL v=M l=L
amplitude | Amplitude | Product Analytics Tool | PMETRICS | Amplitude Analytics | n=TOOL v=M l=L cs
agile | Agile Methodologies | Delivery Framework | AGILE | Agile; Agile Development; Agile Methodology; Agile Software Development |
scrum | Scrum | Delivery Framework | AGILE | Scrum Framework; Scrum Methodology; Scrum Ceremonies | cs
kanban | Kanban | Delivery Framework | AGILE | Kanban Method; Kanban Boards |
scaled-agile-framework | Scaled Agile Framework | Delivery Framework | AGILE PROJ | =SAFe; SAFe Agile; =PI Planning |
waterfall | Waterfall Methodology | Delivery Framework | PROJ | =Waterfall; Waterfall Model |
sprint-planning | Sprint Planning | Agile Practice | AGILE | Sprint Ceremonies; Sprint Reviews; Retrospectives |
project-management | Project Management | Project Discipline | PROJ | Project Coordination; Project Delivery; Project Planning | n=DOMAIN cat
program-management | Program Management | Project Discipline | PROJ STAKE | Programme Management; Portfolio Management | n=DOMAIN
risk-management | Risk Management | Project Discipline | PROJ GRC | Risk Mitigation; Risk Registers; Risk Analysis | n=DOMAIN
stakeholder-management | Stakeholder Management | Project Discipline | STAKE | Stakeholder Engagement; Stakeholder Communication; Managing Stakeholders | n=SOFT_SKILL
change-management | Change Management | Organizational Change | STAKE LND | Organizational Change Management; Organisational Change; =OCM; Prosci~S | n=DOMAIN
business-analysis | Business Analysis | Business Analysis | REQ PROC | Business Requirements Analysis; Gap Analysis; Functional Specifications | n=DOMAIN
process-mapping | Process Mapping | Process Improvement | PROC | =BPMN; Business Process Modeling; Process Flow Diagrams; Process Documentation |
lean-six-sigma | Lean Six Sigma | Process Improvement | PROC QC | Six Sigma; =LSS; =DMAIC; Lean Manufacturing |
continuous-improvement | Continuous Improvement | Process Improvement | PROC | =Kaizen; Process Improvement; =PDCA |
root-cause-analysis | Root Cause Analysis | Problem Solving | PROB REL | =RCA; 5 Whys; Fishbone Diagram |
budget-management | Budget Management | Project Discipline | PROJ FPA | Project Budgeting; Cost Control; Budget Tracking | n=DOMAIN
vendor-management | Vendor Management | Procurement | STAKE PROJ | Supplier Management; Vendor Relations; Third-Party Management | n=DOMAIN
microsoft-project | Microsoft Project | Project Tool | PROJ | =MS Project; MSP Scheduling; Project Scheduling Software | n=TOOL v=M l=L
asana | Asana | Work Management | PROJ | Asana Project Management | n=TOOL v=M l=L cs
trello | Trello | Work Management | AGILE | Trello Boards | n=TOOL v=M l=L
monday-com | monday.com | Work Management | PROJ | Monday.com Work OS; monday Work Management | n=TOOL v=V l=M
smartsheet | Smartsheet | Work Management | PROJ | Smart Sheet | n=TOOL v=M l=L

# Business Software | n=TOOL v=S l=L | OFFICE
microsoft-office | Microsoft Office | Office Suite | OFFICE | =MS Office; Office Suite; Microsoft Office Suite; =Office 365 | l=E
microsoft-word | Microsoft Word | Word Processing | OFFICE | =MS Word; =Word | l=E
microsoft-powerpoint | Microsoft PowerPoint | Presentations | OFFICE COMM | PowerPoint; =MS PowerPoint; =PPT | l=E
microsoft-outlook | Microsoft Outlook | Email | OFFICE | =Outlook; =MS Outlook | l=E
microsoft-access | Microsoft Access | Desktop Database | OFFICE SQL | =MS Access; =Access |
microsoft-teams | Microsoft Teams | Collaboration | OFFICE COMM | =MS Teams; Teams Meetings | v=M
google-workspace | Google Workspace | Office Suite | OFFICE | G Suite; GSuite; Google Apps; Google Docs |
slack | Slack | Collaboration | COMM | Slack Messaging | cs v=M
sharepoint | Microsoft SharePoint | Collaboration | OFFICE SYSADMIN | SharePoint; SharePoint Online |
data-entry | Data Entry | Clerical | OFFICE BOOK | Data Input; Keyboarding; Typing Speed | n=DOMAIN l=E
ten-key | 10-Key | Clerical | BOOK | 10 Key; Ten Key; 10-Key Data Entry | n=DOMAIN l=E

# Sales | n=DOMAIN v=S l=E | CLOSE
sales | Sales | Sales Discipline | CLOSE PROSPECT | =Selling; Direct Sales; Sales Experience | cs cat
b2b-sales | B2B Sales | Sales Discipline | CLOSE | Business-to-Business Sales; Enterprise Sales; B2B Selling |
saas-sales | SaaS Sales | Sales Discipline | CLOSE | Software Sales; SaaS Selling; Technology Sales |
inside-sales | Inside Sales | Sales Discipline | PROSPECT CLOSE | Inside Sales Representative Skills; Phone Sales; Telesales |
prospecting | Sales Prospecting | Pipeline Generation | PROSPECT | Prospecting; Outbound Prospecting; Outbound Sales | n=METHODOLOGY
cold-calling | Cold Calling | Pipeline Generation | PROSPECT | Cold Calls; Outbound Calling; Cold Outreach |
lead-generation | Lead Generation | Pipeline Generation | PROSPECT | Lead Gen; Generating Leads; Sales Lead Generation |
lead-qualification | Lead Qualification | Pipeline Generation | PROSPECT CRM | =BANT; Qualifying Leads; Sales Qualification | n=METHODOLOGY
meddic | MEDDIC | Sales Methodology | CLOSE CRM | =MEDDPICC; =MEDDICC | n=METHODOLOGY l=L
solution-selling | Solution Selling | Sales Methodology | CLOSE | Consultative Selling; Consultative Sales; Challenger Sale~S; =SPIN Selling | n=METHODOLOGY
negotiation | Negotiation | Sales Skill | CLOSE | Negotiation Skills; Contract Negotiation; Negotiating |
deal-closing | Deal Closing | Sales Skill | CLOSE | Closing Deals; Closing Skills; Closing Sales |
sales-presentations | Sales Presentations | Sales Skill | CLOSE COMM | Product Demos; Sales Demos; Product Demonstrations |
rfp-responses | RFP Responses | Sales Operations | CLOSE | =RFP; Request for Proposal; =RFPs; Proposal Writing |
pipeline-management | Sales Pipeline Management | Sales Operations | CRM | Pipeline Management; Sales Pipeline; Opportunity Management |
sales-forecasting | Sales Forecasting | Sales Operations | CRM FPA | Revenue Forecasting; Sales Forecasts |
territory-management | Territory Management | Sales Operations | CRM PROSPECT | Territory Planning; Territory Sales |
account-management | Account Management | Client Management | RETAIN | Key Account Management; =KAM; Client Account Management |
customer-success | Customer Success | Client Management | RETAIN CUSTSERV | Client Success; Customer Success Management |
customer-retention | Customer Retention | Client Management | RETAIN | Churn Reduction; Retention Strategies; Churn Management |
upselling | Upselling and Cross-Selling | Client Management | RETAIN CLOSE | Upselling; Cross-selling; Upsell; Account Expansion |
customer-onboarding | Customer Onboarding | Client Management | RETAIN CUSTSERV | Client Onboarding; Customer Implementation |
contract-renewals | Contract Renewals | Client Management | RETAIN | Renewal Management; Subscription Renewals |
crm-software | CRM Software | CRM | CRM | =CRM; Customer Relationship Management; CRM Systems; CRM Tools | n=TOOL
salesforce | Salesforce | CRM | CRM | Salesforce CRM; =SFDC; Salesforce.com; Sales Cloud | n=TOOL v=M l=L
hubspot | HubSpot | CRM | CRM MAUTO | HubSpot CRM; HubSpot Marketing Hub; HubSpot Sales Hub | n=TOOL v=M l=L
zoho-crm | Zoho CRM | CRM | CRM | =Zoho; Zoho One | n=TOOL v=M l=L
microsoft-dynamics-365 | Microsoft Dynamics 365 | CRM | CRM ERP | Dynamics 365; =MS Dynamics; Dynamics CRM; =D365 | n=TOOL v=M l=L
pipedrive | Pipedrive | CRM | CRM | Pipedrive CRM | n=TOOL v=M l=L
linkedin-sales-navigator | LinkedIn Sales Navigator | Sales Intelligence | PROSPECT | Sales Navigator; =LinkedIn Navigator | n=TOOL v=M l=L
zoominfo | ZoomInfo | Sales Intelligence | PROSPECT | Zoom Info; Apollo.io~S; Lusha~S | n=TOOL v=M l=L
outreach-io | Outreach.io | Sales Engagement | PROSPECT | Salesloft~S; Sales Engagement Platforms | n=TOOL v=V l=M
gong | Gong.io | Revenue Intelligence | CRM CLOSE | =Gong; Conversation Intelligence | n=TOOL v=V l=M
customer-service | Customer Service | Service | CUSTSERV | Customer Support; Client Service; Customer Care | l=E
complaint-resolution | Complaint Resolution | Service | CUSTSERV | Handling Complaints; Issue Resolution; Escalation Handling | l=E

# Marketing | n=DOMAIN v=M l=L | CAMPAIGN
digital-marketing | Digital Marketing | Marketing Discipline | CAMPAIGN PAID | Online Marketing; Internet Marketing; Digital Marketing Strategy | cat
marketing-strategy | Marketing Strategy | Marketing Discipline | CAMPAIGN MARKET | Marketing Planning; Marketing Plans; Strategic Marketing | v=S l=E
seo | Search Engine Optimization | Search Marketing | SEARCH | =SEO; Search Engine Optimisation; Technical SEO; On-Page SEO; Off-Page SEO |
sem | Search Engine Marketing | Search Marketing | SEARCH PAID | =SEM; Paid Search; Search Advertising |
ppc | Pay-Per-Click Advertising | Paid Media | PAID | =PPC; Pay Per Click; =CPC Campaigns; PPC Campaigns |
keyword-research | Keyword Research | Search Marketing | SEARCH | Keyword Analysis; Keyword Planning | n=METHODOLOGY
link-building | Link Building | Search Marketing | SEARCH | Backlink Building; Backlinks; Outreach Link Building | n=METHODOLOGY
google-ads | Google Ads | Paid Media | PAID SEARCH | Google AdWords; AdWords; Google Ads Campaigns | n=TOOL
meta-ads | Meta Ads | Paid Media | PAID SOCIAL | Facebook Ads; Instagram Ads; Facebook Ads Manager; Meta Ads Manager | n=TOOL v=V
linkedin-ads | LinkedIn Ads | Paid Media | PAID SOCIAL | LinkedIn Advertising; LinkedIn Campaign Manager | n=TOOL
programmatic-advertising | Programmatic Advertising | Paid Media | PAID | Programmatic Buying; Display Advertising; =DSP; Programmatic Media |
google-analytics | Google Analytics | Web Analytics | MANALYTICS | =GA4; Google Analytics 4; Universal Analytics | n=TOOL
google-tag-manager | Google Tag Manager | Web Analytics | MANALYTICS | Tag Manager; Tag Management | n=TOOL
google-search-console | Google Search Console | Search Marketing | SEARCH | Search Console; Google Webmaster Tools | n=TOOL
semrush | Semrush | SEO Tool | SEARCH | SEMrush Toolkit; Moz~S | n=TOOL
ahrefs | Ahrefs | SEO Tool | SEARCH | Ahrefs Site Explorer | n=TOOL
content-marketing | Content Marketing | Content | CONTENT | Content Marketing Strategy; Inbound Marketing |
content-strategy | Content Strategy | Content | CONTENT | Editorial Strategy; Editorial Calendar; Content Planning |
copywriting | Copywriting | Content | CONTENT | Copy Writing; Ad Copy; Marketing Copy; Conversion Copywriting | v=S l=E
content-writing | Content Writing | Content | CONTENT | Blog Writing; Web Content Writing; Article Writing | v=S l=E
editing-and-proofreading | Editing and Proofreading | Content | CONTENT COMM | Proofreading; Copy Editing; Copyediting | v=S l=E
social-media-marketing | Social Media Marketing | Social Media | SOCIAL | =SMM; Social Media Strategy; Social Media Campaigns |
social-media-management | Social Media Management | Social Media | SOCIAL | Community Management; Social Media Scheduling; Social Media Content |
hootsuite | Hootsuite | Social Media Tool | SOCIAL | Hoot Suite; Hootsuite Analytics | n=TOOL
sprout-social | Sprout Social | Social Media Tool | SOCIAL | Sprout Social Suite | n=TOOL
influencer-marketing | Influencer Marketing | Social Media | SOCIAL CAMPAIGN | Creator Marketing; Influencer Partnerships | v=V l=M
email-marketing | Email Marketing | Lifecycle Marketing | MAUTO | E-mail Marketing; Email Campaigns; Email Newsletters | v=S
marketing-automation | Marketing Automation | Lifecycle Marketing | MAUTO | Lead Nurturing; Drip Campaigns; Marketing Automation Platforms |
mailchimp | Mailchimp | Email Tool | MAUTO | Intuit Mailchimp; Klaviyo~S | n=TOOL
marketo | Marketo | Marketing Automation Tool | MAUTO | Adobe Marketo; Marketo Engage | n=TOOL
pardot | Pardot | Marketing Automation Tool | MAUTO | Salesforce Pardot; Marketing Cloud Account Engagement | n=TOOL
marketing-analytics | Marketing Analytics | Analytics | MANALYTICS | Campaign Analytics; Marketing Metrics; Marketing Reporting |
marketing-attribution | Marketing Attribution | Analytics | MANALYTICS | Attribution Modeling; Multi-Touch Attribution; Marketing Mix Modeling |
conversion-rate-optimization | Conversion Rate Optimization | Analytics | MANALYTICS EXP | =CRO; Conversion Optimization; Landing Page Optimization |
brand-management | Brand Management | Brand | CAMPAIGN | Brand Strategy; Brand Positioning; Brand Guidelines | v=S l=E
campaign-management | Campaign Management | Campaigns | CAMPAIGN | Marketing Campaigns; Campaign Planning; Campaign Execution |
demand-generation | Demand Generation | Campaigns | CAMPAIGN PROSPECT | Demand Gen; Pipeline Marketing |
product-marketing | Product Marketing | Marketing Discipline | CAMPAIGN MARKET | =PMM; Product Positioning and Messaging; Product Launches |
public-relations | Public Relations | Communications | CAMPAIGN COMM | Media Relations; Press Releases | v=S l=E
event-marketing | Event Marketing | Campaigns | CAMPAIGN | Event Planning; Trade Shows; Event Management |
affiliate-marketing | Affiliate Marketing | Paid Media | PAID | Affiliate Programs; Partner Marketing |
wordpress | WordPress | Content Management | CONTENT WEB | WordPress CMS; WordPress Site Management | n=TOOL
content-management-systems | Content Management Systems | Content Management | CONTENT | =CMS; CMS Platforms; Headless CMS; Contentful~S | n=TOOL
"""

SKILLS_PROFESSIONS = """
# Finance & Accounting | n=DOMAIN v=S l=E | FINREP
accounting | Accounting | Accounting Discipline | FINREP BOOK | Accountancy; Financial Accounting; Corporate Accounting | cat
gaap | GAAP | Accounting Standard | FINREP AUDIT | =US GAAP; Generally Accepted Accounting Principles | n=METHODOLOGY
ifrs | IFRS | Accounting Standard | FINREP | International Financial Reporting Standards; =IFRS 16~S | n=METHODOLOGY
financial-reporting | Financial Reporting | Reporting | FINREP | Financial Statements; Financial Statement Preparation; Management Reporting |
month-end-close | Month-End Close | Close Process | FINREP | Month End Closing; Period-End Close; Year-End Close; Month-End Reporting | n=METHODOLOGY
general-ledger | General Ledger Accounting | Ledger | FINREP BOOK | General Ledger; =GL; =GL Accounting; Ledger Maintenance |
account-reconciliation | Account Reconciliation | Ledger | FINREP BOOK | Reconciliations; Bank Reconciliation; Balance Sheet Reconciliation |
journal-entries | Journal Entries | Ledger | BOOK FINREP | Journal Entry; =JEs; Adjusting Entries |
accruals | Accruals and Prepayments | Ledger | FINREP | Accruals; Prepaid Expenses; Deferred Revenue |
fixed-asset-accounting | Fixed Asset Accounting | Ledger | FINREP | Fixed Assets; Depreciation; Asset Accounting |
revenue-recognition | Revenue Recognition | Accounting Standard | FINREP AUDIT | =ASC 606; =IFRS 15; Rev Rec | n=METHODOLOGY
intercompany-accounting | Intercompany Accounting | Ledger | FINREP | Intercompany Reconciliation; Intercompany Transactions |
financial-consolidation | Financial Consolidation | Reporting | FINREP ERP | Consolidations; Group Consolidation; Consolidated Financial Statements |
cost-accounting | Cost Accounting | Management Accounting | FPA FINREP | Standard Costing; Cost Analysis; Inventory Costing |
accounts-payable | Accounts Payable | Payables | APAR | =A/P; =AP Processing; Vendor Payments; Invoice Processing |
accounts-receivable | Accounts Receivable | Receivables | APAR | =A/R; =AR Collections; Collections Management; Customer Billing |
three-way-matching | Three-Way Matching | Payables | APAR AUDIT | 3-Way Match; Three Way Match; PO Matching | n=METHODOLOGY
bookkeeping | Bookkeeping | Bookkeeping | BOOK | Book-keeping; Book Keeping; Full-Cycle Bookkeeping |
expense-management | Expense Management | Payables | APAR BOOK | Expense Reports; Expense Reporting; =Concur; SAP Concur |
budgeting | Budgeting | Planning | FPA | Budget Planning; Annual Budgeting; Budget Preparation |
financial-forecasting | Financial Forecasting | Planning | FPA | Rolling Forecasts; Cash Flow Forecasting; Forecast Models |
financial-planning-and-analysis | Financial Planning and Analysis | Planning | FPA | =FP&A; =FPA |
variance-analysis | Variance Analysis | Planning | FPA ANALYSIS | Budget vs Actual; Budget Variance Analysis | n=METHODOLOGY
financial-analysis | Financial Analysis | Analysis | FPA ANALYSIS | Financial Statement Analysis; Ratio Analysis; Profitability Analysis |
financial-modeling | Financial Modeling | Modeling | FINMOD SPREAD | Financial Modelling; 3-Statement Modeling; Financial Models |
business-valuation | Business Valuation | Modeling | FINMOD | Valuation; =DCF; Discounted Cash Flow; Comparable Company Analysis |
cash-flow-management | Cash Flow Management | Treasury | FPA APAR | Cash Management; Working Capital Management; Treasury Management |
tax-preparation | Tax Preparation | Tax | TAX | Tax Returns; Tax Filing; Individual Tax Returns; Form 1040 |
corporate-tax | Corporate Tax | Tax | TAX | Corporate Taxation; Income Tax Provision; =ASC 740; Form 1120 |
indirect-tax | Indirect Tax | Tax | TAX | Sales Tax; Sales and Use Tax; =VAT; =GST |
tax-research | Tax Research | Tax | TAX | Tax Law Research; Tax Planning |
auditing | Auditing | Audit | AUDIT | Financial Audit; External Audit; Audit Procedures |
internal-audit | Internal Audit | Audit | AUDIT GRC | Internal Auditing; Operational Audit; Risk-Based Auditing |
sox-compliance | SOX Compliance | Audit | AUDIT GRC | Sarbanes-Oxley; =SOX; =SOX 404 | n=METHODOLOGY
internal-controls | Internal Controls | Audit | AUDIT | Internal Control; =ICFR; Control Testing; Segregation of Duties |
kyc-aml | KYC/AML | Financial Compliance | AUDIT | =KYC; =AML; Anti-Money Laundering; Know Your Customer |
quickbooks | QuickBooks | Accounting Software | ERP BOOK | QuickBooks Online; =QBO; Quick Books; QuickBooks Desktop | n=TOOL l=L
xero | Xero | Accounting Software | ERP BOOK | Xero Accounting | n=TOOL l=L
sage-intacct | Sage Intacct | Accounting Software | ERP | =Sage; Intacct; Sage 50~S | n=TOOL l=L
oracle-netsuite | Oracle NetSuite | ERP | ERP | NetSuite; NetSuite ERP | n=TOOL l=L
sap-erp | SAP ERP | ERP | ERP | =SAP; SAP S/4HANA; S/4HANA; SAP ECC | n=TOOL l=L
sap-fico | SAP FICO | ERP | ERP FINREP | SAP FI/CO; SAP FI CO; SAP Finance | n=TOOL l=L
erp-systems | ERP Systems | ERP | ERP | =ERP; Enterprise Resource Planning; ERP Software | n=TOOL
oracle-hyperion | Oracle Hyperion | Planning Software | FPA ERP | =Hyperion; Hyperion Planning; Oracle EPM | n=TOOL l=L
anaplan | Anaplan | Planning Software | FPA | Anaplan Modeling | n=TOOL v=M l=L
bloomberg-terminal | Bloomberg Terminal | Market Data | FINMOD | =Bloomberg; Bloomberg Professional | n=TOOL l=L

# Human Resources | n=DOMAIN v=S l=E | TA
recruiting | Recruiting | Talent Acquisition | TA | Recruitment; Talent Acquisition; Full-Cycle Recruiting; Full Life Cycle Recruiting | cat
candidate-sourcing | Candidate Sourcing | Talent Acquisition | TA | Talent Sourcing; Passive Candidate Sourcing |
boolean-search | Boolean Search | Talent Acquisition | TA | Boolean Sourcing; X-Ray Search; Boolean Strings | n=METHODOLOGY
interviewing | Interviewing | Talent Acquisition | TA | Candidate Interviewing; Structured Interviews; Behavioral Interviewing; Candidate Screening | n=METHODOLOGY
technical-recruiting | Technical Recruiting | Talent Acquisition | TA | Tech Recruiting; IT Recruitment; Engineering Recruiting |
applicant-tracking-systems | Applicant Tracking Systems | HR Software | TA HRIS | =ATS; Applicant Tracking System; ATS Software | n=TOOL l=L
greenhouse | Greenhouse | HR Software | TA | Greenhouse ATS; Greenhouse Recruiting | cs n=TOOL v=M l=L
workday | Workday | HR Software | HRIS | Workday HCM; Workday HRIS; Workday Recruiting | cs n=TOOL v=M l=L
bamboohr | BambooHR | HR Software | HRIS | Bamboo HR | n=TOOL v=M l=L
adp-workforce-now | ADP Workforce Now | Payroll Software | PAYROLL HRIS | =ADP; ADP Payroll; ADP WFN | n=TOOL l=L
ukg-pro | UKG Pro | Payroll Software | PAYROLL HRIS | =UKG; UltiPro; Kronos | n=TOOL v=M l=L
sap-successfactors | SAP SuccessFactors | HR Software | HRIS | SuccessFactors | n=TOOL l=L
hris | HRIS | HR Software | HRIS | Human Resources Information System; =HRMS; HR Information Systems; =HCM Systems | n=TOOL
employee-onboarding | Employee Onboarding | Employee Lifecycle | TA ER | New Hire Onboarding; New Hire Orientation; Onboarding Programs |
employee-relations | Employee Relations | Employee Relations | ER | Workplace Investigations; Employee Grievances; Disciplinary Procedures |
performance-management | Performance Management | Talent Management | TALENT | Performance Reviews; Performance Appraisals; Performance Improvement Plans |
compensation-management | Compensation Management | Total Rewards | COMP | Salary Benchmarking; Compensation Planning; Pay Structures |
benefits-administration | Benefits Administration | Total Rewards | COMP | Benefits Management; Open Enrollment; Employee Benefits |
payroll-processing | Payroll Processing | Payroll | PAYROLL | Payroll; Payroll Administration; Multi-State Payroll; Payroll Tax |
employment-law | Employment Law | Compliance | HRCOMP | Labor Law; Labour Law; Employment Legislation |
flsa-compliance | FLSA Compliance | Compliance | HRCOMP PAYROLL | =FLSA; Fair Labor Standards Act; Wage and Hour Compliance |
leave-administration | Leave Administration | Compliance | HRCOMP COMP | =FMLA; Family and Medical Leave Act; Leave Management; =ADA Accommodations |
eeo-compliance | EEO Compliance | Compliance | HRCOMP TA | =EEO; Equal Employment Opportunity; =EEOC; Affirmative Action |
i-9-verification | I-9 Verification | Compliance | HRCOMP TA | Form I-9; =I-9; E-Verify; Employment Eligibility Verification |
workforce-planning | Workforce Planning | Talent Management | HRIS TALENT | Headcount Planning; Strategic Workforce Planning |
succession-planning | Succession Planning | Talent Management | TALENT | Talent Reviews; Succession Management |
employee-engagement | Employee Engagement | Talent Management | TALENT ER | Engagement Surveys; Employee Experience; Employee Retention |
diversity-equity-inclusion | Diversity, Equity and Inclusion | Culture | TALENT HRCOMP | =DEI; =D&I; =DE&I; Diversity and Inclusion |
training-facilitation | Training Facilitation | Learning | LND | Facilitation; Workshop Facilitation; Training Delivery; Instructor-Led Training |
training-needs-analysis | Training Needs Analysis | Learning | LND IDESIGN | =TNA; Learning Needs Analysis; Skills Gap Analysis | n=METHODOLOGY
learning-management-systems | Learning Management Systems | Learning Technology | LND EDTECH | =LMS; Learning Management System; LMS Administration | n=TOOL l=L
people-analytics | People Analytics | HR Analytics | HRIS ANALYSIS | HR Analytics; Workforce Analytics; HR Metrics |
hr-policy-development | HR Policy Development | Policy | HRCOMP ER | HR Policies; Employee Handbook; Policy Writing |
job-analysis | Job Analysis | Job Architecture | COMP TA | Job Descriptions; Job Evaluation; Job Architecture |
employer-branding | Employer Branding | Talent Acquisition | TA CAMPAIGN | Employer Brand; Recruitment Marketing |
background-screening | Background Screening | Talent Acquisition | TA HRCOMP | Background Checks; Pre-employment Screening; Reference Checks |
labor-relations | Labor Relations | Employee Relations | ER HRCOMP | Union Relations; Collective Bargaining; Labour Relations |
organizational-development | Organizational Development | Culture | TALENT LND | Organisational Development; Organization Design; Org Design |

# Healthcare | n=DOMAIN v=S l=E | PATIENT
patient-assessment | Patient Assessment | Nursing Practice | PATIENT | Health Assessment; Nursing Assessment; Physical Assessment |
patient-care | Patient Care | Nursing Practice | PATIENT | Direct Patient Care; Bedside Care; Patient Care Delivery |
vital-signs | Vital Signs Monitoring | Nursing Practice | PATIENT | Vital Signs; Vitals; Taking Vital Signs |
care-planning | Nursing Care Planning | Nursing Practice | PATIENT CLINDOC | Care Plans; Care Planning; Nursing Care Plans |
patient-education | Patient Education | Nursing Practice | PATIENT COMM | Patient Teaching; Health Education; Discharge Teaching |
medication-administration | Medication Administration | Medication Safety | MEDS | Med Administration; Med Pass; Administering Medications; Medication Management |
iv-therapy | IV Therapy | Clinical Procedures | MEDS PATIENT | =IV Insertion; Intravenous Therapy; =IV Starts; Peripheral IV |
wound-care | Wound Care | Clinical Procedures | PATIENT INFECT | Wound Management; Wound Dressing; Pressure Injury Care |
injections | Injections and Immunizations | Clinical Procedures | MEDS | Intramuscular Injections; =IM Injections; Immunizations; Vaccine Administration |
urinary-catheterization | Urinary Catheterization | Clinical Procedures | PATIENT INFECT | Foley Catheter Insertion; Catheter Care |
medication-reconciliation | Medication Reconciliation | Medication Safety | MEDS CLINDOC | Med Rec; =Med Reconciliation |
pharmacology | Pharmacology | Clinical Knowledge | MEDS PHARM | Pharmacotherapy; Drug Knowledge |
triage | Clinical Triage | Clinical Practice | PATIENT LIFE | Patient Triage; Emergency Triage; =ESI Triage |
telemetry | Telemetry Monitoring | Clinical Practice | PATIENT DIAG | Cardiac Monitoring; Telemetry Nursing |
critical-care | Critical Care Nursing | Clinical Specialty | PATIENT LIFE | =ICU Nursing; Intensive Care; Critical Care |
geriatric-care | Geriatric Care | Clinical Specialty | PATIENT | Elderly Care; Gerontology; Elder Care |
pediatric-care | Pediatric Care | Clinical Specialty | PATIENT | Pediatrics; Paediatrics; Pediatric Nursing |
patient-safety | Patient Safety | Quality and Safety | PATIENT HCOMP | Fall Prevention; Patient Safety Protocols |
infection-control | Infection Control | Quality and Safety | INFECT | Infection Prevention; Aseptic Technique; Sterile Technique; Universal Precautions |
cpr | CPR | Life Support | LIFE | Cardiopulmonary Resuscitation; CPR Certified |
first-aid | First Aid | Life Support | LIFE SAFETY | First Aid Certified; First Aid Response |
medical-terminology | Medical Terminology | Clinical Knowledge | CLINDOC CODING | Medical Vocabulary; Anatomy and Physiology~S |
clinical-documentation | Clinical Documentation | Documentation | CLINDOC | Nursing Documentation; =SOAP Notes; Clinical Charting |
electronic-health-records | Electronic Health Records | Health IT | CLINDOC | =EHR; =EMR; Electronic Medical Records; =EHR Systems | n=TOOL l=L
epic-systems | Epic Systems | Health IT | CLINDOC | =Epic; Epic EHR; EpicCare; Epic Hyperspace | n=TOOL l=L
oracle-cerner | Oracle Cerner | Health IT | CLINDOC | Cerner; Cerner PowerChart; Cerner Millennium | n=TOOL l=L
meditech | MEDITECH | Health IT | CLINDOC | MEDITECH Expanse; Meditech EHR | n=TOOL l=L
hipaa | HIPAA | Regulation | HCOMP | =HIPAA Compliance; Health Insurance Portability and Accountability Act; Patient Privacy | n=METHODOLOGY
icd-10-coding | ICD-10 Coding | Coding Systems | CODING | =ICD-10; =ICD-10-CM; ICD10; =ICD-10-PCS |
cpt-coding | CPT Coding | Coding Systems | CODING | =CPT; Current Procedural Terminology; CPT Codes |
hcpcs | HCPCS Coding | Coding Systems | CODING | =HCPCS; =HCPCS Level II |
medical-billing | Medical Billing | Revenue Cycle | CODING | Healthcare Billing; Medical Claims Billing; Physician Billing |
revenue-cycle-management | Revenue Cycle Management | Revenue Cycle | CODING | =RCM; Healthcare Revenue Cycle; Denial Management |
insurance-verification | Insurance Verification | Revenue Cycle | CODING CUSTSERV | Eligibility Verification; Benefits Verification; Prior Authorization; Prior Auth |
claims-processing | Claims Processing | Revenue Cycle | CODING | Claims Submission; Claims Management; Insurance Claims |
patient-scheduling | Patient Scheduling | Front Office | CUSTSERV CLINDOC | Appointment Scheduling; Patient Registration; Front Desk Scheduling |
medical-records-management | Medical Records Management | Health Information | CLINDOC HCOMP | Health Information Management; =HIM; Release of Information |
ekg | EKG/ECG | Diagnostics | DIAG | =EKG; =ECG; Electrocardiogram; 12-Lead EKG |
phlebotomy | Phlebotomy | Specimen Collection | LAB | Venipuncture; Blood Draws; Blood Drawing; Capillary Puncture |
specimen-collection | Specimen Collection | Specimen Collection | LAB INFECT | Specimen Handling; Specimen Processing; Lab Specimen Collection |
point-of-care-testing | Point-of-Care Testing | Diagnostics | LAB DIAG | =POCT; Point of Care Testing; Glucose Testing |
radiography | Radiography | Medical Imaging | DIAG | X-ray Imaging; Diagnostic Radiography; Radiographic Imaging |
ct-imaging | CT Imaging | Medical Imaging | DIAG | Computed Tomography; CT Scanning; =CAT Scan |
mri | MRI | Medical Imaging | DIAG | Magnetic Resonance Imaging; MRI Scanning |
radiation-safety | Radiation Safety | Medical Imaging | DIAG HCOMP | =ALARA; Radiation Protection |
patient-positioning | Patient Positioning | Medical Imaging | DIAG PATIENT | Radiographic Positioning; Positioning Techniques |
physical-therapy | Physical Therapy | Rehabilitation | REHAB | Physiotherapy; Physical Rehabilitation |
therapeutic-exercise | Therapeutic Exercise | Rehabilitation | REHAB | Exercise Prescription; Therapeutic Exercises; Strengthening Programs |
manual-therapy | Manual Therapy | Rehabilitation | REHAB | Joint Mobilization; Soft Tissue Mobilization; Myofascial Release |
gait-training | Gait Training | Rehabilitation | REHAB | Gait Analysis; Ambulation Training; Balance Training |
orthopedic-rehabilitation | Orthopedic Rehabilitation | Rehabilitation | REHAB | Orthopedics; Post-Surgical Rehabilitation; Sports Rehabilitation |
prescription-dispensing | Prescription Dispensing | Pharmacy | PHARM | Dispensing; Prescription Processing; Prescription Filling |
pharmaceutical-compounding | Pharmaceutical Compounding | Pharmacy | PHARM INFECT | Sterile Compounding; Non-Sterile Compounding; =USP 797; =USP 800 |
drug-utilization-review | Drug Utilization Review | Pharmacy | PHARM MEDS | =DUR; Drug Interaction Screening; Prescription Verification |
medication-therapy-management | Medication Therapy Management | Pharmacy | PHARM PATIENT | =MTM; Comprehensive Medication Review |
pharmacy-inventory | Pharmacy Inventory Management | Pharmacy | PHARM | Drug Inventory; Controlled Substance Inventory; =DEA Compliance |
pyxis | Pyxis MedStation | Health IT | MEDS PHARM | =Pyxis; Omnicell; Automated Dispensing Cabinets | n=TOOL l=L

# Skilled Trades | n=DOMAIN v=S l=E | SAFETY
electrical-wiring | Electrical Wiring | Electrical | ELEC | Building Wiring; Electrical Installation; Residential Wiring |
national-electrical-code | National Electrical Code | Electrical Code | ELEC SAFETY | =NEC; =NFPA 70; Electrical Code | n=METHODOLOGY
conduit-bending | Conduit Bending | Electrical | ELEC | Conduit Installation; =EMT Bending; Pipe Bending |
electrical-troubleshooting | Electrical Troubleshooting | Electrical | ELEC MAINT | Electrical Diagnostics; Electrical Fault Finding; Circuit Troubleshooting |
panel-installation | Panel and Switchgear Installation | Electrical | ELEC | Panel Installation; Electrical Panels; Switchgear; Service Upgrades |
low-voltage-systems | Low Voltage Systems | Electrical | ELEC NET | Low Voltage Wiring; Structured Cabling; Fire Alarm Systems |
multimeter | Multimeter | Test Equipment | ELEC MAINT | Digital Multimeter; =DMM; Meter Testing | n=TOOL
motor-controls | Motor Controls | Industrial Electrical | CONTROLS ELEC | Motor Control Circuits; Motor Starters; Contactors |
variable-frequency-drives | Variable Frequency Drives | Industrial Electrical | CONTROLS | =VFD; =VFDs; AC Drives | n=TOOL
plc-programming | PLC Programming | Industrial Automation | CONTROLS | =PLC; =PLCs; Programmable Logic Controllers; Ladder Logic; Allen-Bradley~S |
lockout-tagout | Lockout/Tagout | Safety Procedure | SAFETY MAINT | =LOTO; Lock Out Tag Out; Lockout Tagout | n=METHODOLOGY
osha-safety | OSHA Safety Standards | Safety | SAFETY | =OSHA; OSHA Compliance; OSHA Regulations | n=METHODOLOGY
blueprint-reading | Blueprint Reading | Drawings | BLUE | Blueprints; Reading Blueprints; Schematic Reading; Technical Drawings; Print Reading |
plumbing-installation | Plumbing Installation | Plumbing | PLUMB | Plumbing; Plumbing Systems; Rough-In Plumbing; Plumbing Fixtures |
pipefitting | Pipefitting | Plumbing | PLUMB WELD | Pipe Fitting; Pipe Installation; Process Piping |
drain-cleaning | Drain Cleaning | Plumbing | PLUMB | Drain Clearing; Sewer Cleaning; Hydro Jetting; Drain Snaking |
backflow-prevention | Backflow Prevention | Plumbing | PLUMB | Backflow Testing; Backflow; Backflow Devices |
water-heaters | Water Heater Installation | Plumbing | PLUMB | Water Heaters; Tankless Water Heaters; Water Heater Repair |
gas-piping | Gas Piping | Plumbing | PLUMB SAFETY | Gas Lines; Natural Gas Piping; Gas Line Installation |
plumbing-codes | Plumbing Codes | Plumbing Code | PLUMB SAFETY | Uniform Plumbing Code; International Plumbing Code | n=METHODOLOGY
soldering-and-brazing | Soldering and Brazing | Joining | PLUMB HVAC | Brazing; Soldering; Sweat Soldering |
hvac-systems | HVAC | HVAC | HVAC | =HVAC/R; =HVACR; Heating Ventilation and Air Conditioning; HVAC Systems | cat
refrigeration-systems | Refrigeration Systems | HVAC | HVAC | Refrigeration; Commercial Refrigeration; Refrigeration Repair |
refrigerant-handling | Refrigerant Handling | HVAC | HVAC SAFETY | Refrigerant Recovery; Refrigerant Charging; Leak Detection |
ductwork | Ductwork Installation | HVAC | HVAC | Ductwork; Sheet Metal Ductwork; Duct Installation |
boiler-systems | Boiler Systems | HVAC | HVAC PLUMB | Boilers; Boiler Maintenance; Hydronic Heating |
heat-pumps | Heat Pumps | HVAC | HVAC | Heat Pump Installation; Heat Pump Service; Mini-Split Systems |
building-automation-systems | Building Automation Systems | HVAC Controls | HVAC CONTROLS | =BAS; =BMS; Building Management Systems; HVAC Controls | n=TOOL
hvac-load-calculation | HVAC Load Calculation | HVAC | HVAC | =Manual J; Load Calculations; Heat Load Calculation | n=METHODOLOGY
welding | Welding | Welding | WELD | Metal Welding; Structural Welding; Welding Techniques | cat
mig-welding | MIG Welding | Welding | WELD | =GMAW; Gas Metal Arc Welding; =MIG |
tig-welding | TIG Welding | Welding | WELD | =GTAW; Gas Tungsten Arc Welding; =TIG |
stick-welding | Stick Welding | Welding | WELD | =SMAW; Shielded Metal Arc Welding; Arc Welding |
flux-cored-welding | Flux-Cored Arc Welding | Welding | WELD | =FCAW; Flux Core Welding |
metal-fabrication | Metal Fabrication | Fabrication | WELD | Fabrication; Sheet Metal Fabrication; Steel Fabrication |
oxy-fuel-cutting | Oxy-Fuel Cutting | Fabrication | WELD SAFETY | Torch Cutting; Oxy-Acetylene Cutting; Plasma Cutting |
weld-inspection | Weld Inspection | Quality | WELD QC | Visual Weld Inspection; Weld Testing; Bend Testing |
welding-symbols | Welding Symbols | Drawings | WELD BLUE | Weld Symbols; Welding Blueprints |
cnc-machining | CNC Machining | Machining | CNC | =CNC; Computer Numerical Control; CNC Machine Operation; CNC Operation |
cnc-programming | CNC Programming | Machining | CNC CADD | CNC Programs; CNC Code Editing |
g-code | G-code | Machining | CNC | G Code; GCode; G-Code and M-Code | n=LANGUAGE
cnc-setup | CNC Setup | Machining | CNC | Machine Setup; CNC Set-up; Tool Offsets; Work Offsets |
manual-machining | Manual Machining | Machining | CNC | Lathe Operation; Milling Machine Operation; Manual Lathe; Bridgeport Mill |
mastercam | Mastercam | CAM Software | CNC CADD | Mastercam Programming | n=TOOL v=M l=L
cad-cam | CAD/CAM | CAM Software | CADD CNC | CAM Software; Computer-Aided Manufacturing; Fusion 360~S | n=TOOL v=M l=L
autocad | AutoCAD | CAD Software | CADD | Auto CAD; AutoCAD LT; Autodesk AutoCAD | n=TOOL v=M l=L
solidworks | SolidWorks | CAD Software | CADD | Solid Works; Dassault SolidWorks | n=TOOL v=M l=L
revit | Autodesk Revit | CAD Software | CADD CARP | Revit; Revit MEP; =BIM~S | n=TOOL v=M l=L
gd-and-t | GD&T | Drawings | BLUE QC CNC | Geometric Dimensioning and Tolerancing; GD and T | n=METHODOLOGY
precision-measurement | Precision Measurement | Quality | QC CNC | Calipers; Micrometers; Precision Measuring Instruments; Height Gauges |
cmm | Coordinate Measuring Machine | Quality | QC | =CMM; CMM Programming; CMM Inspection | n=TOOL
quality-inspection | Quality Inspection | Quality | QC | Quality Control Inspection; First Article Inspection; Dimensional Inspection |
carpentry | Carpentry | Carpentry | CARP | Rough Carpentry; Finish Carpentry; Trim Carpentry | cat
framing | Framing | Carpentry | CARP | Wood Framing; Stud Framing; Wall Framing; Roof Framing | cs
drywall | Drywall Installation | Carpentry | CARP | Drywall; Sheetrock; Drywall Finishing; Taping and Mudding |
concrete-formwork | Concrete Formwork | Construction | CARP | Formwork; Concrete Forms; Concrete Finishing |
cabinet-installation | Cabinet Installation | Carpentry | CARP | Cabinetry; Millwork Installation; Cabinet Making |
power-tools | Power Tools | Tools | CARP SAFETY | Hand and Power Tools; Power Tool Operation; Hand Tools | n=TOOL
forklift-operation | Forklift Operation | Material Handling | SAFETY MAINT | Forklift; Forklift Certified; Powered Industrial Truck; Reach Truck |
rigging | Rigging | Material Handling | SAFETY MAINT | Rigging and Lifting; Crane Rigging; Rigging and Signaling |
preventive-maintenance | Preventive Maintenance | Maintenance | MAINT | Preventative Maintenance; Planned Maintenance; =PM Schedules | n=METHODOLOGY
hydraulic-systems | Hydraulic Systems | Maintenance | MAINT | Hydraulics; Hydraulic Troubleshooting; Hydraulic Repair |
pneumatic-systems | Pneumatic Systems | Maintenance | MAINT | Pneumatics; Pneumatic Troubleshooting |
mechanical-troubleshooting | Mechanical Troubleshooting | Maintenance | MAINT | Mechanical Repair; Mechanical Diagnostics; Mechanical Aptitude |
bearings-and-drives | Bearings and Power Transmission | Maintenance | MAINT | Bearing Replacement; Gearboxes; Belts and Pulleys; Shaft Alignment |
cmms | CMMS | Maintenance Software | MAINT | Computerized Maintenance Management System; =Maximo; Work Order Systems | n=TOOL v=M l=L
automotive-diagnostics | Automotive Diagnostics | Automotive | AUTO | Vehicle Diagnostics; =OBD-II; =OBD2; Diagnostic Scan Tools |
brake-systems | Brake Systems Repair | Automotive | AUTO | Brake Repair; Brake Service; =ABS Systems |
engine-repair | Engine Repair | Automotive | AUTO | Engine Diagnostics and Repair; Engine Overhaul; Engine Rebuilding |
automotive-electrical | Automotive Electrical Systems | Automotive | AUTO ELEC | Auto Electrical; Vehicle Electrical Systems; Automotive Wiring |
suspension-and-steering | Suspension and Steering | Automotive | AUTO | Suspension Repair; Wheel Alignment; Steering Systems |
hybrid-and-ev-service | Hybrid and EV Service | Automotive | AUTO ELEC | Electric Vehicle Repair; =EV Service; High-Voltage Vehicle Systems | v=M l=L

# Education | n=DOMAIN v=S l=E | LESSON
lesson-planning | Lesson Planning | Instruction | LESSON | Lesson Plans; Lesson Design; Unit Planning |
curriculum-development | Curriculum Development | Curriculum | LESSON IDESIGN | Curriculum Design; Curriculum Planning; Curriculum Mapping |
classroom-management | Classroom Management | Instruction | CLASS | Behavior Management; Behaviour Management; Classroom Discipline |
differentiated-instruction | Differentiated Instruction | Instruction | DIFF | Differentiated Learning; Tiered Instruction | n=METHODOLOGY
formative-assessment | Formative Assessment | Assessment | ASSESS | Assessment for Learning; Checks for Understanding | n=METHODOLOGY
student-assessment | Student Assessment | Assessment | ASSESS | Assessment Design; Summative Assessment; Student Evaluation |
progress-monitoring | Progress Monitoring | Assessment | ASSESS SPED | Student Progress Monitoring; Data-Driven Instruction; Student Data Analysis | n=METHODOLOGY
individualized-education-programs | Individualized Education Programs | Special Education | SPED | =IEP; =IEPs; Individualized Education Plan; =IEP Development |
special-education | Special Education | Special Education | SPED DIFF | =SPED; Special Needs Education; =SEN; Exceptional Student Education | cat
applied-behavior-analysis | Applied Behavior Analysis | Special Education | SPED CLASS | =ABA; =ABA Therapy; Applied Behaviour Analysis | n=METHODOLOGY
behavior-intervention-plans | Behavior Intervention Plans | Special Education | SPED CLASS | =BIP; =BIPs; Behavior Support Plans; Functional Behavior Assessment |
common-core | Common Core Standards | Standards | LESSON SUBJECT | Common Core; =CCSS; State Learning Standards | n=METHODOLOGY
stem-education | STEM Education | Subject Instruction | SUBJECT | =STEM; =STEAM; STEM Instruction |
literacy-instruction | Literacy Instruction | Subject Instruction | SUBJECT DIFF | Reading Instruction; Phonics; Guided Reading; Early Literacy |
mathematics-instruction | Mathematics Instruction | Subject Instruction | SUBJECT | Math Instruction; Maths Teaching; Math Intervention |
science-instruction | Science Instruction | Subject Instruction | SUBJECT | Science Teaching; Lab Instruction; Inquiry-Based Science |
english-as-a-second-language | English as a Second Language | Language Instruction | DIFF SUBJECT | =ESL; =ELL; =ESOL; =EAL; English Language Learners |
google-classroom | Google Classroom | Learning Platform | EDTECH | Google for Education | n=TOOL v=M l=L
canvas-lms | Canvas LMS | Learning Platform | EDTECH | Instructure Canvas; =Canvas | n=TOOL v=M l=L
blackboard-learn | Blackboard Learn | Learning Platform | EDTECH | =Blackboard; Blackboard LMS | n=TOOL v=M l=L
moodle | Moodle | Learning Platform | EDTECH | Moodle LMS | n=TOOL v=M l=L
instructional-design | Instructional Design | Learning Design | IDESIGN | Learning Design; Learning Experience Design; =LXD | cat
addie-model | ADDIE Model | Learning Design | IDESIGN | =ADDIE; =SAM Model~S | n=METHODOLOGY
articulate-storyline | Articulate Storyline | Authoring Tool | IDESIGN | Articulate 360; Articulate Rise | n=TOOL v=M l=L
adobe-captivate | Adobe Captivate | Authoring Tool | IDESIGN | =Captivate | n=TOOL v=M l=L
e-learning-development | E-Learning Development | Learning Design | IDESIGN EDTECH | eLearning; E-learning; Online Course Development; eLearning Development |
scorm | SCORM | Learning Standard | IDESIGN EDTECH | SCORM Packaging; =xAPI; Tin Can API | n=METHODOLOGY v=M l=L
educational-technology | Educational Technology | Learning Technology | EDTECH | =EdTech; Ed Tech; Instructional Technology; Technology Integration |
online-teaching | Online Teaching | Instruction | EDTECH LESSON | Virtual Instruction; Remote Teaching; Distance Learning; Online Instruction |
blended-learning | Blended Learning | Instruction | EDTECH DIFF | Hybrid Learning; Flipped Classroom | n=METHODOLOGY
tutoring | Tutoring | Instruction | SUBJECT DIFF | One-on-One Tutoring; Academic Tutoring; Small Group Instruction |
parent-communication | Parent Communication | Family Engagement | COMM ASSESS | Parent-Teacher Conferences; Family Engagement; Parent Engagement |
student-engagement | Student Engagement | Instruction | CLASS | Student Motivation; Engaging Students |
social-emotional-learning | Social-Emotional Learning | Student Support | CLASS DIFF | =SEL; Social Emotional Learning | n=METHODOLOGY
child-development | Child Development | Student Support | DIFF CLASS | Early Childhood Development; Developmental Milestones |
adult-learning | Adult Learning Principles | Learning Design | LND IDESIGN | Andragogy; Adult Education | n=METHODOLOGY
lecturing | Lecturing | Higher Education | SUBJECT | Lecture Delivery; University Teaching; Higher Education Teaching |
academic-research | Academic Research | Higher Education | RESEARCH | Scholarly Research; Research Publication; Peer-Reviewed Publications |
grant-writing | Grant Writing | Higher Education | RESEARCH CONTENT | Grant Proposals; Grant Applications; Research Funding Applications |
academic-advising | Academic Advising | Higher Education | RESEARCH COMM | Student Advising; Thesis Supervision; Student Mentoring |

# Soft Skill | n=SOFT_SKILL v=S l=E | COMM
communication-skills | Communication Skills | Communication | COMM | =Communication; Verbal Communication; Written Communication; Interpersonal Communication; Interpersonal Skills |
teamwork | Teamwork | Collaboration | COMM | Team Player; Working in Teams; Team Collaboration |
collaboration | Collaboration | Collaboration | COMM STAKE | Cross-Functional Collaboration; Cross-functional Teamwork | cs
leadership | Leadership | Leadership | LEAD | Team Leadership; People Leadership; Leadership Skills | cs
people-management | People Management | Leadership | LEAD | Team Management; Staff Management; Managing Teams; Line Management |
mentoring | Mentoring | Leadership | LEAD LND | Mentorship; Coaching and Mentoring; =Coaching |
problem-solving | Problem Solving | Thinking | PROB | Problem-Solving Skills; Analytical Problem Solving; Solving Problems |
critical-thinking | Critical Thinking | Thinking | PROB | Critical Thinking Skills; Critical Reasoning |
analytical-skills | Analytical Skills | Thinking | PROB ANALYSIS | Analytical Thinking; Analytical Mindset |
decision-making | Decision Making | Thinking | PROB LEAD | Decision-Making Skills; Sound Judgment; Decisiveness |
time-management | Time Management | Self-Management | PROB | Time Management Skills; Multitasking; Multi-tasking; =Prioritization |
attention-to-detail | Attention to Detail | Self-Management | PROB QC | Detail-Oriented; Detail Oriented; High Accuracy |
adaptability | Adaptability | Self-Management | PROB | Adaptable; =Flexibility; Learning Agility | cs
organizational-skills | Organizational Skills | Self-Management | PROJ | Organisation Skills; Organization Skills; Highly Organized |
conflict-resolution | Conflict Resolution | Interpersonal | ER COMM | Conflict Management; Workplace Mediation; De-escalation |
presentation-skills | Presentation Skills | Communication | COMM | Public Speaking; Presentation Delivery |
active-listening | Active Listening | Interpersonal | COMM CUSTSERV | Listening Skills; Empathic Listening |
empathy | Empathy | Interpersonal | CUSTSERV PATIENT | Compassionate Care; Bedside Manner | cs
emotional-intelligence | Emotional Intelligence | Interpersonal | LEAD COMM | =EQ; Emotional Quotient; Self-Awareness |
relationship-building | Relationship Building | Interpersonal | RETAIN STAKE | Building Relationships; Rapport Building; Relationship Management |
creativity | Creativity | Thinking | VISUAL CONTENT | Creative Thinking; Creative Problem Solving | cs
work-ethic | Work Ethic | Self-Management | COMM | Strong Work Ethic; Dependable; Self-Motivated |
customer-focus | Customer Focus | Interpersonal | CUSTSERV RETAIN | Customer Orientation; Customer-Centric; Client Focus |
physical-stamina | Physical Stamina | Physical | SAFETY PATIENT | Ability to Lift 50 lbs; Physical Fitness; Standing for Long Periods |

# Certification | n=CERTIFICATION v=S l=L | PROJ
pmp | PMP | Project Management Certification | PROJ | Project Management Professional; PMP Certification; PMI PMP; PMP Certified |
capm | CAPM | Project Management Certification | PROJ | Certified Associate in Project Management |
prince2 | PRINCE2 | Project Management Certification | PROJ | PRINCE2 Practitioner; PRINCE2 Foundation; Prince 2 |
certified-scrummaster | Certified ScrumMaster | Agile Certification | AGILE | Certified Scrum Master; =CSM Certification; Scrum Master Certification |
pspo | Professional Scrum Product Owner | Agile Certification | AGILE REQ | =PSPO; =PSPO I |
cspo | Certified Scrum Product Owner | Agile Certification | AGILE REQ | =CSPO |
safe-agilist | SAFe Agilist | Agile Certification | AGILE | Certified SAFe Agilist; =SA Certification |
six-sigma-green-belt | Six Sigma Green Belt | Quality Certification | PROC | Lean Six Sigma Green Belt; =LSSGB; Green Belt Certification |
aws-certified-solutions-architect | AWS Certified Solutions Architect | Cloud Certification | CLOUD | AWS Solutions Architect; =AWS SAA; AWS Certified Solutions Architect - Associate; AWS Solutions Architect Professional |
aws-certified-developer | AWS Certified Developer | Cloud Certification | CLOUD | AWS Developer Associate; AWS Certified Developer - Associate |
aws-certified-machine-learning | AWS Certified Machine Learning - Specialty | Cloud Certification | MLOPS CLOUD | AWS ML Specialty; AWS Machine Learning Certification | ai
azure-administrator-associate | Azure Administrator Associate | Cloud Certification | CLOUD | =AZ-104; Microsoft Certified Azure Administrator; Azure Administrator Certification |
azure-fundamentals | Azure Fundamentals | Cloud Certification | CLOUD | =AZ-900; Microsoft Azure Fundamentals Certification |
google-associate-cloud-engineer | Google Associate Cloud Engineer | Cloud Certification | CLOUD | =GCP ACE; GCP Associate Cloud Engineer |
google-professional-data-engineer | Google Professional Data Engineer | Cloud Certification | ETL CLOUD | GCP Professional Data Engineer; GCP Data Engineer Certification |
cka | Certified Kubernetes Administrator | Cloud Native Certification | CONT | =CKA; CKA Certification |
ckad | Certified Kubernetes Application Developer | Cloud Native Certification | CONT | =CKAD; CKAD Certification |
terraform-associate | HashiCorp Certified Terraform Associate | Cloud Native Certification | IAC | Terraform Associate; Terraform Certification |
comptia-a-plus | CompTIA A+ | IT Certification | SUPPORT | A+ Certification; A+ Certified; CompTIA A Plus |
comptia-network-plus | CompTIA Network+ | IT Certification | NET | Network+; Network Plus; Network+ Certification |
comptia-security-plus | CompTIA Security+ | IT Certification | SECOPS GRC | Security+; Security Plus; =Sec+ |
ccna | CCNA | IT Certification | NET | Cisco Certified Network Associate; CCNA Certification |
ccnp | CCNP | IT Certification | NET | Cisco Certified Network Professional; CCNP Enterprise |
cissp | CISSP | Security Certification | GRC SECOPS | Certified Information Systems Security Professional |
cism | CISM | Security Certification | GRC | Certified Information Security Manager |
ceh | CEH | Security Certification | APPSEC SECOPS | Certified Ethical Hacker |
itil-foundation | ITIL 4 Foundation | IT Certification | ITSM | ITIL Foundation; ITIL Foundation Certification; ITIL V4 Foundation |
rhcsa | RHCSA | IT Certification | LINUX SYSADMIN | Red Hat Certified System Administrator |
cpa | CPA | Accounting Certification | FINREP AUDIT TAX | Certified Public Accountant; CPA License; Licensed CPA |
certified-management-accountant | Certified Management Accountant | Accounting Certification | FPA | =IMA CMA; CMA (IMA) |
cfa | CFA | Finance Certification | FINMOD | Chartered Financial Analyst; CFA Charterholder; CFA Level I~S |
acca | ACCA | Accounting Certification | FINREP | Association of Chartered Certified Accountants; ACCA Qualified |
certified-internal-auditor | Certified Internal Auditor | Audit Certification | AUDIT | =CIA Certification; =IIA CIA |
enrolled-agent | Enrolled Agent | Tax Certification | TAX | IRS Enrolled Agent; =EA Credential |
shrm-cp | SHRM-CP | HR Certification | HRCOMP | SHRM Certified Professional; SHRM CP; =SHRM-SCP~S |
phr | PHR | HR Certification | HRCOMP | Professional in Human Resources; =SPHR~S; HRCI Certification |
certified-payroll-professional | Certified Payroll Professional | Payroll Certification | PAYROLL | =CPP Payroll; Fundamental Payroll Certification; =FPC |
rn-license | Registered Nurse License | Nursing License | PATIENT | RN License; Active RN License; =RN; =BSN~S |
lpn-license | LPN License | Nursing License | PATIENT | =LPN; =LVN; LVN License; Licensed Practical Nurse License |
bls | BLS | Life Support Certification | LIFE | Basic Life Support; BLS Certification; BLS Certified; =BLS/CPR |
acls | ACLS | Life Support Certification | LIFE | Advanced Cardiovascular Life Support; Advanced Cardiac Life Support; ACLS Certification |
pals | PALS | Life Support Certification | LIFE | Pediatric Advanced Life Support; PALS Certification | cs
certified-medical-assistant | Certified Medical Assistant | Allied Health Certification | PATIENT | =CMA (AAMA); AAMA Certification; =RMA~S; Registered Medical Assistant |
certified-professional-coder | Certified Professional Coder | Coding Certification | CODING | =CPC; AAPC CPC; =CPC Certification |
certified-coding-specialist | Certified Coding Specialist | Coding Certification | CODING | =CCS; AHIMA CCS |
certified-pharmacy-technician | Certified Pharmacy Technician | Pharmacy Certification | PHARM | =CPhT; =PTCB; PTCB Certification |
pharmd | Doctor of Pharmacy | Pharmacy Degree | PHARM | PharmD; Pharm.D.; Pharmacist License |
doctor-of-physical-therapy | Doctor of Physical Therapy | Therapy Degree | REHAB | =DPT; Physical Therapist License; PT License |
arrt-certification | ARRT Certification | Imaging Certification | DIAG | =ARRT; ARRT (R); ARRT Registered |
phlebotomy-certification | Phlebotomy Certification | Allied Health Certification | LAB | Certified Phlebotomy Technician; NHA CPT; =CPT-1~S |
journeyman-electrician-license | Journeyman Electrician License | Trade License | ELEC | Journeyman License; Journeyman Electrical License; State Electrical License |
epa-608 | EPA 608 Certification | Trade Certification | HVAC | =EPA 608; EPA Section 608; Universal EPA Certification |
nate-certification | NATE Certification | Trade Certification | HVAC | =NATE; North American Technician Excellence |
aws-certified-welder | AWS Certified Welder | Trade Certification | WELD | =AWS CW; Certified Welder; =AWS D1.1 Certification |
osha-10 | OSHA 10 | Safety Certification | SAFETY | OSHA 10-Hour; OSHA 10 Card |
osha-30 | OSHA 30 | Safety Certification | SAFETY | OSHA 30-Hour; OSHA 30 Card |
ase-certification | ASE Certification | Trade Certification | AUTO | ASE Certified; ASE Master Technician; =ASE |
nims-certification | NIMS Certification | Trade Certification | CNC | =NIMS; NIMS Machining Certification |
commercial-drivers-license | Commercial Driver's License | Driver License | SAFETY | =CDL; CDL Class A; Class A CDL |
teaching-license | Teaching License | Teaching Credential | LESSON | Teaching Certificate; Teacher Certification; Teaching Credential; State Teaching License |
tesol-certification | TESOL Certification | Teaching Credential | DIFF | =TESOL; =TEFL; =CELTA |
special-education-certification | Special Education Certification | Teaching Credential | SPED | Special Education Credential; SPED Certification; Special Education Endorsement |
salesforce-certified-administrator | Salesforce Certified Administrator | CRM Certification | CRM | Salesforce Admin Certification; Salesforce Administrator Certification |
google-ads-certification | Google Ads Certification | Marketing Certification | PAID | Google Ads Certified; Google Partner Certification |
hubspot-inbound-certification | HubSpot Inbound Marketing Certification | Marketing Certification | MAUTO CONTENT | HubSpot Inbound Certification; HubSpot Certified |
"""

SKILL_SECTIONS = SKILLS_ENGINEERING + SKILLS_PLATFORM_DATA + SKILLS_BUSINESS + SKILLS_PROFESSIONS

# Role order mirrors the seed run's role ids where it can: backend-engineer
# first, the language- and framework-specific developer roles later, and the
# two late duplicates (fullstack-developer, backend-developer) last.
ROLES_ENGINEERING = """
@ backend-engineer | Backend Developer | Engineering
R: A Backend Engineer designs, builds, and maintains the server-side logic and data handling that power applications and services. They focus on implementing reliable business functionality, integrating with other systems, and ensuring the backend is scalable, maintainable, and observable.
A: Backend Developer; Backend Engineer; Back-end Engineer; Back-end Developer; Server-side Developer; Server-side Engineer; Backend Software Engineer; API Developer
K: Designs and maintains RESTful and GraphQL API interfaces with proper authentication, versioning, rate limiting, and documentation for frontend and third-party consumers.
K: Configures Docker containers, deployment descriptors, environment variables, and CI/CD pipeline stages for backend service releases.
K: Configures and maintains application servers, web servers and runtime settings so backend services run securely and consistently across environments.
K: Builds and maintains local development environments, seed data and tooling so engineers can run, debug and test services on their own machines.
K: Designs relational and NoSQL data models, writes schema migrations and optimizes queries and indexes for the data that services manage.
K: Implements business logic in backend services and background jobs with clear error handling, retries and idempotent processing.
K: Integrates backend services with internal systems, message queues and third-party providers through well-defined contracts and client libraries.
K: Adds logging, metrics, tracing and alerts to backend services and investigates production issues to find and fix their root causes.
K: Writes unit and integration tests and reviews teammates' code to keep backend changes correct, secure and maintainable.
S: java kotlin node-js python sql postgresql mongodb redis docker rest-api graphql microservices spring-boot kubernetes git ci-cd message-queues unit-testing
D: BE_API BE_APP PERSIST SQL DIST ARCH CONT CICD OBS

@ frontend-engineer | Frontend Developer | Engineering
R: A Frontend Engineer builds the user-facing parts of web applications, turning designs into fast, accessible and reliable interfaces. They work with designers and backend engineers to connect the interface to remote data and keep the client codebase maintainable.
A: Frontend Developer; Frontend Engineer; Front-end Developer; Front-end Engineer; Front End Developer; UI Developer; Client-side Developer
K: Develops reusable UI components from design mockups using modern JavaScript frameworks, keeping markup semantic and styles consistent with the design system.
K: Integrates frontend screens with REST and GraphQL APIs, handling loading states, errors, caching and synchronization of remote data with UI state.
K: Manages client-side application state and routing so that complex screens stay predictable and easy to debug.
K: Implements responsive layouts that work across browsers, screen sizes and devices using CSS, preprocessors and utility frameworks.
K: Audits and improves page load and runtime performance through code splitting, lazy loading, asset optimization and Core Web Vitals monitoring.
K: Ensures interfaces meet WCAG accessibility standards, including keyboard navigation, focus management and screen reader support.
K: Configures bundlers, linters and package dependencies so frontend builds are fast, reproducible and free of known vulnerabilities.
K: Writes unit, component and end-to-end tests for frontend features and fixes defects found in testing and production.
K: Collaborates with designers and product managers to refine requirements, estimate work and review interface behavior before release.
S: javascript typescript html css react api redux tailwind-css jest webpack npm git responsive-web-design web-accessibility axios
D: FE_API UI STATE WEB STYLE WPERF A11Y BUILD TEST

@ full-stack-engineer | Fullstack Developer | Engineering
R: A Full Stack Engineer builds features end to end, from database schema and server-side APIs to the browser interface that uses them. They move between frontend and backend code, choosing the right layer for each change and keeping the whole application working as one.
A: Backend Developer; Full Stack Engineer; Full-Stack Engineer; Fullstack Engineer; Full Stack Developer
K: Builds features end to end, from database schema and server-side endpoints to the user interface components that consume them.
K: Designs and implements REST APIs and backend business logic in Node.js, Python or Java services with appropriate validation and error handling.
K: Develops responsive, accessible frontend screens in React or a similar framework and connects them to backend APIs and third-party services.
K: Designs relational database tables, writes migrations and tunes the queries that support new application features.
K: Configures build tooling, containers and deployment pipelines so full-stack changes ship to staging and production reliably.
K: Writes automated unit, integration and end-to-end tests that cover both the client and server behavior of each feature.
K: Diagnoses defects across browser, network, server and database layers using logs, debuggers and monitoring tools.
K: Participates in design discussions and code reviews, balancing delivery speed with maintainability across the whole stack.
S: javascript typescript react node-js express api rest-api sql postgresql html css docker git ci-cd jest
D: FE_API UI BE_API BE_APP PERSIST CICD TEST JS

@ web-developer | Web Developer | Engineering
R: A Web Developer builds and maintains websites and web applications, from page layout and interactivity to content management and server integration. They make sure sites are fast, responsive, search-friendly and easy for content owners to update.
A: Web Developer; Website Developer; Web Programmer; Web Application Developer
K: Builds and maintains websites and web applications using HTML, CSS, JavaScript and server-side scripting languages such as PHP.
K: Converts page designs into responsive templates that display correctly across browsers, screen sizes and devices.
K: Customizes content management systems, themes and plugins so content editors can update pages without developer help.
K: Integrates websites with APIs, web forms, payment providers, analytics tools and other third-party services.
K: Optimizes page speed, image delivery and markup structure to improve site performance and search engine visibility.
K: Tests websites for cross-browser compatibility, broken links, accessibility issues and form behavior before each release.
K: Maintains hosting accounts, domains, SSL certificates and backups for websites and restores service when problems occur.
K: Works with clients, designers and marketing teams to gather requirements and estimate changes to web properties.
S: html css javascript php api wordpress-development jquery mysql responsive-web-design seo git cross-browser-compatibility bootstrap tls-ssl
D: FE_API WEB STYLE UI WPERF SEARCH BE_APP

@ node-js-developer | Node.js Developer | Engineering
R: A Node.js Developer builds server-side applications and APIs on the Node.js runtime using JavaScript or TypeScript. They design asynchronous, event-driven services that integrate with databases, queues and external systems.
A: Node.js Developer; Node Developer; NodeJS Developer; Node.js Engineer; Node Backend Developer
K: Develops server-side applications and REST or GraphQL APIs on Node.js using frameworks such as Express or NestJS.
K: Writes asynchronous, non-blocking code with promises and async functions and handles errors and timeouts consistently.
K: Models data and implements data access for MongoDB, PostgreSQL or other databases through drivers and ORMs.
K: Integrates Node.js services with message brokers, caches and third-party APIs while keeping those integrations observable and resilient.
K: Manages npm dependencies, TypeScript configuration and build scripts, and keeps packages patched against known vulnerabilities.
K: Writes unit and integration tests with Jest or similar tools and maintains test coverage for critical service paths.
K: Containerizes Node.js services and supports their deployment, scaling and monitoring in cloud environments.
K: Profiles memory use, event loop latency and throughput of Node.js services and resolves performance bottlenecks.
S: node-js javascript typescript express nestjs rest-api graphql mongodb postgresql redis npm jest docker aws
D: BE_APP BE_API JS PERSIST NOSQL BEPERF

@ dotnet-developer | .NET Developer | Engineering
R: A .NET Developer designs and builds applications and services on the Microsoft .NET platform, mostly in C#. They deliver web APIs, business applications and integrations backed by SQL Server and, increasingly, Azure cloud services.
A: .NET Developer; C# Developer; ASP.NET Developer; Dotnet Developer; .NET Software Engineer
K: Develops web applications and services in C# using ASP.NET Core, following the established architecture and coding standards.
K: Builds and documents RESTful Web APIs that expose business functionality to web, mobile and partner applications.
K: Designs SQL Server schemas and implements data access with Entity Framework Core and optimized stored procedures.
K: Maintains and modernizes legacy .NET Framework applications, migrating components to current .NET versions where practical.
K: Deploys and configures .NET applications on Azure App Service, Azure Functions or IIS through automated pipelines.
K: Writes unit and integration tests with xUnit or NUnit and fixes defects reported by testers and users.
K: Implements authentication and authorization with ASP.NET Identity, OAuth 2.0 and Microsoft Entra ID.
K: Reviews code, estimates development tasks and works with business analysts to clarify requirements.
S: csharp dotnet asp-net entity-framework sql-server t-sql azure rest-api azure-devops unit-testing oauth git blazor
D: DOTNET BE_APP BE_API SQL PERSIST AUTH

@ php-developer | PHP Developer | Engineering
R: A PHP Developer builds and maintains server-side web applications in PHP, typically with frameworks such as Laravel or Symfony and a MySQL database. They implement features, integrations and fixes for websites, e-commerce platforms and internal business systems.
A: PHP Developer; PHP Programmer; Laravel Developer; PHP Web Developer; PHP Engineer
K: Develops server-side features for web applications in PHP using frameworks such as Laravel or Symfony.
K: Designs MySQL database tables, writes efficient queries and manages schema migrations for application changes.
K: Builds and consumes REST APIs that connect PHP applications with payment gateways, shipping providers and other services.
K: Maintains and refactors legacy PHP codebases, removing deprecated functions and upgrading them to supported PHP versions.
K: Develops custom WordPress plugins and themes when client websites run on WordPress.
K: Writes PHPUnit tests and reviews code to keep PHP applications secure against injection and cross-site scripting attacks.
K: Configures Apache or NGINX web servers, PHP runtime settings and caching for production websites.
K: Troubleshoots production errors using logs and debugging tools and deploys fixes with minimal downtime.
S: php laravel symfony mysql rest-api wordpress-development html javascript git apache-http-server nginx secure-coding
D: BE_APP BE_API SQL WEB APPSEC

@ go-developer | Go Developer | Engineering
R: A Go Developer builds fast, concurrent backend services and infrastructure tooling in the Go programming language. They focus on simple, reliable code for APIs, distributed systems and cloud-native platforms.
A: Go Developer; Golang Developer; Golang Engineer; Go Engineer; Go Backend Engineer
K: Develops backend services, command-line tools and APIs in Go with idiomatic error handling and a clear package structure.
K: Implements concurrent processing with goroutines, channels and context cancellation while avoiding race conditions and resource leaks.
K: Designs gRPC and REST interfaces between services, including protocol buffer schemas and backward-compatible versioning.
K: Builds integrations with PostgreSQL, Redis and Kafka and tunes connection pooling, batching and timeouts for production load.
K: Packages Go services as container images and supports their deployment on Kubernetes through Helm charts and pipelines.
K: Writes table-driven unit tests, benchmarks and integration tests to verify the correctness and performance of Go code.
K: Instruments services with metrics, structured logs and traces and takes part in on-call support for the services the team owns.
S: go grpc rest-api postgresql redis kafka docker kubernetes concurrency prometheus microservices git linux
D: BE_APP BE_API DIST CONT BEPERF OBS GPP ARCH

@ ios-developer | iOS Developer | Engineering
R: An iOS Developer designs and builds applications for iPhone and iPad using Swift and Apple's frameworks. They own the app's user experience, performance and stability from development through App Store release.
A: iOS Developer; iOS Engineer; iPhone Developer; iOS App Developer; Swift Developer
K: Develops iOS application features in Swift using SwiftUI and UIKit according to Apple's Human Interface Guidelines.
K: Integrates the app with backend REST APIs, push notifications and third-party SDKs, handling offline and poor-network conditions.
K: Implements local data persistence, caching and synchronization using Core Data, SQLite or file storage.
K: Profiles memory use, battery drain and rendering performance with Xcode Instruments and resolves bottlenecks and crashes.
K: Writes unit and UI tests with XCTest and maintains automated builds for the iOS codebase.
K: Prepares builds, certificates, provisioning profiles and App Store Connect submissions for beta and production releases.
K: Maintains legacy Objective-C modules and migrates them to Swift when doing so reduces risk and maintenance effort.
K: Works with designers and backend engineers to refine features, estimate work and review pull requests.
S: swift swiftui uikit objective-c xcode ios-sdk rest-api git unit-testing firebase ci-cd
D: MOBILE UI TEST CICD PERSIST

@ android-developer | Android Developer | Engineering
R: An Android Developer builds applications for Android phones and tablets using Kotlin and the Android SDK. They deliver stable, performant apps across a wide range of devices and publish them through Google Play.
A: Android Developer; Android Engineer; Android App Developer; Android Mobile Developer; Kotlin Android Developer
K: Develops Android application features in Kotlin using Jetpack Compose, ViewModel and other Android Jetpack libraries.
K: Integrates apps with backend APIs through Retrofit or similar clients and handles authentication, errors and offline caching.
K: Implements local storage with Room and DataStore and synchronizes device data with server-side records.
K: Tests apps on a range of devices, OS versions and screen sizes and fixes device-specific layout and behavior issues.
K: Writes unit and instrumented UI tests and keeps the Gradle builds and CI pipelines for the Android app healthy.
K: Monitors crash reports, ANRs and performance metrics and resolves stability and memory problems.
K: Prepares signed release builds and manages staged rollouts of new versions through the Google Play Console.
K: Maintains older Java-based Android code and migrates it to Kotlin and modern architecture patterns.
S: kotlin java android-sdk jetpack-compose android-jetpack android-studio gradle rest-api git unit-testing firebase
D: MOBILE UI JVM TEST CICD

@ mobile-app-developer | Mobile App Developer | Engineering
R: A Mobile App Developer builds applications that run on both iOS and Android, usually from a shared codebase with React Native or Flutter. They balance code reuse with native quality and ship updates to both app stores.
A: Mobile App Developer; Mobile Developer; Mobile Application Developer; React Native Developer; Flutter Developer; Cross-Platform Mobile Developer
K: Develops cross-platform mobile applications with React Native or Flutter from a shared codebase for iOS and Android.
K: Builds reusable mobile UI components and navigation flows that follow each platform's design conventions.
K: Connects mobile apps to REST or GraphQL backends and manages authentication, caching and offline behavior.
K: Writes native modules or platform channels when a feature needs device capabilities that the framework does not provide.
K: Tests apps on simulators and physical devices and fixes layout, performance and platform-specific issues.
K: Automates builds, code signing and store submissions for both the Apple App Store and Google Play.
K: Integrates analytics, crash reporting and push notification services and monitors app health after each release.
S: react-native flutter dart javascript typescript firebase rest-api graphql redux git xcode android-studio
D: XPLAT MOBILE UI STATE CICD

@ devops-engineer | DevOps Engineer | Engineering
R: A DevOps Engineer builds and runs the pipelines, infrastructure and tooling that let development teams ship software quickly and safely. They automate provisioning, deployment and monitoring, and bridge development and operations practices.
A: DevOps Engineer; DevOps Specialist; Build and Release Engineer; DevOps Consultant; CI/CD Engineer
K: Designs and maintains CI/CD pipelines that build, test, scan and deploy applications to multiple environments automatically.
K: Provisions and manages cloud infrastructure as code with Terraform or CloudFormation, using reviewed and versioned changes.
K: Builds container images and operates Kubernetes clusters, including namespaces, ingress, autoscaling and Helm releases.
K: Automates server configuration and routine operational tasks with Ansible, shell scripts and Python.
K: Implements monitoring, logging and alerting for infrastructure and applications so that issues are detected and routed quickly.
K: Manages secrets, access policies and network rules across environments following least-privilege principles.
K: Supports development teams in troubleshooting build failures, deployment problems and differences between environments.
K: Reviews infrastructure costs and utilization and implements rightsizing and automation that reduce cloud spend.
S: docker kubernetes terraform ansible jenkins github-actions aws linux shell-scripting python prometheus grafana helm git ci-cd devops-practices
D: CICD CONT IAC CLOUD OBS LINUX

@ site-reliability-engineer | Site Reliability Engineer | Engineering
R: A Site Reliability Engineer applies software engineering to operations problems to keep production systems available, fast and efficient. They define reliability targets, automate toil and lead the response to incidents.
A: Site Reliability Engineer; SRE; Reliability Engineer; Production Engineer; SRE Engineer
K: Defines service level indicators and objectives with product teams and tracks error budgets to guide release decisions.
K: Builds monitoring, alerting and dashboards that detect user-facing degradation before it breaches service level objectives.
K: Responds to production incidents as part of an on-call rotation, coordinating mitigation and communicating status to stakeholders.
K: Leads blameless postmortems after incidents and drives follow-up actions that remove recurring failure modes.
K: Automates repetitive operational work such as scaling, failover and certificate rotation with code and tooling.
K: Performs capacity planning and load testing to ensure services can handle projected traffic growth.
K: Reviews the architecture and launch plans of new services for reliability, redundancy and disaster recovery readiness.
K: Improves deployment safety through canary releases, feature flags and automated rollback mechanisms.
S: site-reliability-engineering slos-and-slis incident-management kubernetes prometheus grafana opentelemetry linux python go terraform pagerduty high-availability load-balancing
D: REL OBS CONT CLOUD LINUX BEPERF

@ cloud-engineer | Cloud Engineer | Engineering
R: A Cloud Engineer designs, builds and operates infrastructure and services on public cloud platforms such as AWS, Azure or Google Cloud. They make cloud environments secure, cost-effective and easy for application teams to use.
A: Cloud Engineer; Cloud Infrastructure Engineer; AWS Cloud Engineer; Azure Cloud Engineer; Cloud Platform Engineer
K: Designs cloud network, compute and storage architectures that meet application requirements for availability, security and cost.
K: Provisions cloud resources with infrastructure-as-code templates and maintains reusable modules for application teams.
K: Configures identity and access management, encryption and other security controls according to organizational policies.
K: Migrates on-premises workloads to the cloud, planning cutovers and validating performance after each migration.
K: Monitors cloud resource health, utilization and spending and implements tagging, budgets and rightsizing.
K: Builds landing zones, account structures and shared services such as central logging, DNS and network connectivity.
K: Automates backup, recovery and failover procedures and tests them regularly against recovery objectives.
S: aws azure gcp terraform cloudformation amazon-ec2 amazon-s3 aws-iam cloud-networking kubernetes python linux cloud-cost-optimization aws-certified-solutions-architect
D: CLOUD IAC IAM NET BDR

@ qa-automation-engineer | QA Automation Engineer | Engineering
R: A QA Automation Engineer designs and builds automated tests that verify software quality across web, API and mobile layers. They integrate tests into delivery pipelines and help teams catch defects early.
A: QA Automation Engineer; Test Automation Engineer; SDET; Software Development Engineer in Test; Automation Tester; QA Engineer
K: Designs and maintains automated test frameworks for web, API and mobile applications using tools such as Selenium, Cypress or Playwright.
K: Writes automated end-to-end and API test cases from requirements and acceptance criteria, prioritizing critical user journeys.
K: Integrates automated test suites into CI/CD pipelines and reports results to development teams for every build.
K: Creates test data, mocks and environment configurations that make automated tests reliable and repeatable.
K: Investigates failing tests, separates product defects from flaky tests and logs reproducible bug reports.
K: Performs exploratory and regression testing for new features where automation is not yet in place.
K: Runs performance and load tests and analyzes response times, throughput and error rates under stress.
K: Reviews requirements and designs with product and engineering teams to identify testability risks early.
S: test-automation selenium cypress playwright postman api-testing java python javascript jenkins jira performance-testing manual-testing testng cucumber
D: AUTOTEST TEST CICD BE_API

@ embedded-software-engineer | Embedded Software Engineer | Engineering
R: An Embedded Software Engineer writes the software that runs on microcontrollers and embedded processors inside devices. They work close to the hardware, meeting strict constraints on memory, timing, power and safety.
A: Embedded Software Engineer; Embedded Engineer; Firmware Engineer; Embedded Systems Engineer; Embedded C Developer
K: Develops firmware in C and C++ for microcontrollers, including drivers for sensors, actuators and communication peripherals.
K: Implements real-time tasks, interrupt handlers and scheduling on RTOS or bare-metal platforms while meeting timing requirements.
K: Brings up new hardware boards with electrical engineers, using oscilloscopes, logic analyzers and hardware debuggers.
K: Implements communication over I2C, SPI, UART, CAN and wireless protocols between devices and subsystems.
K: Optimizes code size, memory use and power consumption for resource-constrained embedded targets.
K: Writes unit and hardware-in-the-loop tests and documents firmware behavior and interfaces.
K: Maintains bootloaders and secure firmware update mechanisms for devices deployed in the field.
S: c cpp embedded-c microcontrollers real-time-systems firmware-development serial-protocols embedded-linux assembly-language git python debugging
D: EMB GPP TEST LINUX

@ application-security-engineer | Application Security Engineer | Engineering
R: An Application Security Engineer helps development teams build secure software by finding, fixing and preventing vulnerabilities. They embed security testing, threat modeling and secure coding practices into the development lifecycle.
A: Application Security Engineer; AppSec Engineer; Product Security Engineer; Software Security Engineer; DevSecOps Engineer
K: Performs threat modeling on new features and architectures and recommends controls that address the identified risks.
K: Reviews source code and pull requests for security flaws such as injection, broken access control and insecure deserialization.
K: Integrates static, dynamic and dependency scanning tools into CI/CD pipelines and tunes them to reduce false positives.
K: Conducts penetration tests of web applications and APIs and documents findings with severity ratings and remediation guidance.
K: Triages vulnerability reports from scanners, bug bounty researchers and customers and tracks fixes to closure.
K: Develops secure coding guidelines and trains engineers on common vulnerability classes and safe coding patterns.
K: Designs authentication, authorization and secrets management approaches together with engineering teams.
K: Supports security incident investigations that involve application logs, code changes and exploited vulnerabilities.
S: secure-coding owasp threat-modeling penetration-testing security-testing authentication oauth cryptography python java ci-cd vulnerability-management code-review
D: APPSEC AUTH CICD SECOPS GRC

@ game-developer | Game Developer | Engineering
R: A Game Developer programs the gameplay, systems and tools that make up video games and interactive 3D applications. They work with designers and artists in engines such as Unity or Unreal to deliver smooth, engaging experiences.
A: Game Developer; Game Programmer; Gameplay Programmer; Unity Developer; Unreal Engine Developer; Game Engineer
K: Implements gameplay mechanics, character controls and game systems in C# or C++ within Unity or Unreal Engine.
K: Works with designers and artists to prototype features, tune game feel and integrate art, animation and audio assets.
K: Profiles frame rate, memory use and loading times and optimizes rendering, physics and scripts for target platforms.
K: Develops editor tools and content pipelines that help designers and artists build levels efficiently.
K: Implements user interfaces, menus and HUD elements that respond correctly across resolutions and input devices.
K: Builds networked multiplayer features, including state synchronization, latency compensation and matchmaking integration.
K: Fixes bugs reported by QA and players and prepares builds that meet console, PC and mobile certification requirements.
S: unity unreal-engine csharp cpp computer-graphics shader-programming game-physics git lua opengl blender
D: GAME GPP UI BEPERF

@ java-backend-developer | Java Backend Developer | Engineering
R: A Java Backend Developer builds server-side applications and services on the Java platform, typically with Spring Boot. They develop service endpoints, business logic and data access layers for enterprise and high-traffic systems.
A: Java Backend Developer; Java Developer; Java Backend Engineer; Java Software Engineer; Java Spring Developer; J2EE Developer
K: Develops service endpoints and REST APIs in Java with Spring Boot, including request validation, error handling and documentation.
K: Implements business logic in well-structured services and domain classes following object-oriented design and clean code principles.
K: Builds data access layers with JPA and Hibernate and tunes SQL queries, transactions and connection pools.
K: Integrates services with Kafka or RabbitMQ for asynchronous processing and event-driven communication between systems.
K: Writes unit and integration tests with JUnit and Mockito and maintains high test coverage of service code.
K: Manages Maven or Gradle builds, dependency upgrades and container images for Java services.
K: Analyzes JVM memory, garbage collection and thread behavior to resolve performance and stability problems in production.
K: Participates in design and code reviews and mentors other developers on Java and Spring best practices.
S: java spring-boot spring hibernate jpa rest-api microservices sql postgresql kafka junit mockito maven docker git design-patterns
D: JVM BE_API BE_APP PERSIST DIST TEST ARCH

@ python-backend-developer | Python Backend Developer | Engineering
R: A Python Backend Developer builds server-side applications, APIs and data services in Python with frameworks such as Django, FastAPI or Flask. They maintain data access and persistence layers and keep services reliable in production.
A: Python Backend Developer; Python Developer; Python Backend Engineer; Django Developer; Python Software Engineer; Python API Developer
K: Develops REST APIs and server-side application features in Python using Django, FastAPI or Flask.
K: Maintains data access and persistence layers with the Django ORM or SQLAlchemy, including schema migrations and query tuning.
K: Troubleshoots server-side defects by reproducing issues, reading logs and tracebacks, and deploying tested fixes.
K: Builds background jobs and asynchronous task processing with Celery, message queues and scheduled workers.
K: Integrates Python services with third-party APIs, payment providers and internal systems through robust client code.
K: Writes unit and integration tests with pytest and enforces code quality with type hints, linters and code reviews.
K: Packages Python services in containers and supports their deployment and configuration in cloud environments.
K: Improves the performance of Python services through profiling, caching and efficient database access patterns.
S: python django fastapi flask django-rest-framework postgresql sql redis rest-api pytest docker git object-relational-mapping message-queues
D: PY BE_API BE_APP PERSIST TEST

@ scala-backend-developer | Scala Backend Developer | Engineering
R: A Scala Backend Developer builds backend services and data-intensive systems in Scala, combining functional and object-oriented programming on the JVM. They develop service endpoints and streaming components that are concurrent, type-safe and scalable.
A: Scala Backend Developer; Scala Developer; Scala Engineer; Scala Software Engineer; Functional Scala Developer
K: Develops service endpoints and HTTP APIs in Scala using frameworks such as Play, Akka HTTP or http4s.
K: Writes functional Scala code with immutable data, typed effects and expressive domain models that rule out invalid states.
K: Builds concurrent and streaming components with Akka, Cats Effect or ZIO that handle backpressure and failures gracefully.
K: Implements event-driven integrations with Kafka, including producers, consumers and stream processing topologies.
K: Designs data persistence with PostgreSQL or Cassandra and keeps queries efficient under high throughput.
K: Writes property-based, unit and integration tests and maintains sbt builds and library dependencies.
K: Monitors JVM services in production and resolves latency, memory and throughput issues.
S: scala akka play-framework cats-effect kafka apache-kafka-streams sbt postgresql cassandra rest-api functional-programming docker git
D: JVM FP BE_API DIST BIGDATA

@ react-frontend-developer | React Frontend Developer | Engineering
R: A React Frontend Developer builds web interfaces with React and its ecosystem. They create reusable components, manage client state and connect screens to backend data.
A: React Frontend Developer; React Developer; React.js Developer; ReactJS Developer; React Engineer; React Front-end Engineer
K: Builds reusable React components with hooks and TypeScript that follow the team's design system and coding conventions.
K: Fetches and caches backend data with React Query, Apollo Client or custom hooks, handling loading, error and empty states.
K: Manages shared application state with Redux Toolkit, Context or similar tools, keeping the data flow predictable.
K: Implements client-side routing, forms and validation for complex multi-step user workflows.
K: Optimizes React rendering performance using memoization, code splitting and profiling of component updates.
K: Writes component tests with Jest and React Testing Library and end-to-end tests for key user flows.
K: Implements server-side rendering or static generation with Next.js where search visibility and load speed matter.
K: Collaborates with designers to refine interactions and ensures components meet accessibility requirements.
S: react typescript javascript api redux tanstack-query next-js jest react-testing-library css tailwind-css git web-accessibility
D: FE_API UI STATE JS WPERF A11Y

@ angular-frontend-developer | Angular Frontend Developer | Engineering
R: An Angular Frontend Developer builds structured, large-scale web applications with the Angular framework and TypeScript. They implement modules, components and services that connect enterprise interfaces to backend APIs.
A: Angular Frontend Developer; Angular Developer; Angular Engineer; AngularJS Developer; Angular Front-end Developer
K: Develops Angular components, modules and services in TypeScript following the Angular style guide and project architecture.
K: Consumes REST APIs through Angular HttpClient services and interceptors, handling authentication tokens, errors and retries.
K: Manages reactive data flows with RxJS observables and application state with NgRx or signal-based stores.
K: Builds reactive forms with validation, dynamic fields and clear error messages for data-entry-heavy applications.
K: Upgrades applications across Angular versions and migrates legacy AngularJS code to modern Angular.
K: Writes unit tests with Jasmine or Jest and end-to-end tests with Cypress or Playwright.
K: Implements responsive layouts with Angular Material and SCSS that stay consistent across supported browsers.
S: angular typescript rxjs ngrx api html css sass material-ui jest cypress git angularjs
D: FE_API UI STATE JS STYLE

@ vue-frontend-developer | Vue Frontend Developer | Engineering
R: A Vue Frontend Developer builds web interfaces with Vue.js and its ecosystem, including Nuxt and Pinia. They deliver approachable, well-structured single-page and server-rendered applications.
A: Vue Frontend Developer; Vue.js Developer; Vue Developer; VueJS Developer; Nuxt Developer
K: Builds Vue single-file components with the Composition API and TypeScript, keeping templates clean and logic reusable.
K: Integrates Vue applications with backend APIs through composables and HTTP clients, handling loading and error states.
K: Manages application state with Pinia or Vuex and organizes stores around clear domain boundaries.
K: Develops server-rendered and static pages with Nuxt to improve search visibility and first-load performance.
K: Implements routing, navigation guards and lazy-loaded views with Vue Router.
K: Writes component tests with Vitest or Jest and end-to-end tests for critical user journeys.
K: Styles components with scoped CSS, Sass or Tailwind and ensures that layouts are responsive and accessible.
S: vue nuxt pinia typescript javascript api axios vite tailwind-css jest git css
D: FE_API UI STATE JS STYLE

@ svelte-frontend-developer | Svelte Frontend Developer | Engineering
R: A Svelte Frontend Developer builds fast, lightweight web interfaces with Svelte and SvelteKit. They handle backend data integration, component development and frontend debugging and fixes across the application.
A: Svelte Frontend Developer; Svelte Developer; SvelteKit Developer; Svelte Engineer
K: Builds Svelte components with reactive declarations and stores, keeping bundles small and interfaces responsive.
K: Handles backend data integration through SvelteKit load functions, form actions and server API endpoints.
K: Develops server-rendered and prerendered routes with SvelteKit and configures adapters for the target hosting platform.
K: Performs frontend debugging and fixes for rendering, state and hydration issues reported by users and testers.
K: Implements accessible, responsive layouts and transitions that follow the product's design guidelines.
K: Writes component and end-to-end tests with Vitest and Playwright for key pages and interactions.
K: Optimizes page load and runtime performance through code splitting, preloading and asset optimization.
S: svelte sveltekit typescript javascript api fetch-api vite playwright css tailwind-css git web-performance
D: FE_API UI STATE WPERF JS
"""

ROLES_LATE_ENGINEERING = """
@ fullstack-developer | Fullstack Developer | Engineering
R: A Fullstack Developer works across the frontend and backend of web applications, typically on JavaScript stacks such as MERN or MEAN. They deliver complete features, from user interface and API to database, and deploy them to production.
A: Full Stack Web Developer; Fullstack Web Developer; MERN Stack Developer; MEAN Stack Developer; Full-Stack Software Developer
K: Develops web application features across React or Angular frontends and Node.js or Python backends.
K: Builds API endpoints and connects them to frontend views, handling data fetching, validation and error states on both sides.
K: Designs MongoDB or SQL data models and writes the queries and migrations needed for new features.
K: Implements user authentication, session handling and role-based access across the client and the server.
K: Deploys full-stack applications to cloud platforms and configures environments, domains and build pipelines.
K: Writes automated tests for frontend components and backend services and fixes defects across the stack.
K: Estimates tasks, reviews pull requests and documents technical decisions for the rest of the team.
S: javascript typescript react angular node-js express mongodb api rest-api sql html css git docker aws
D: FE_API UI BE_API PERSIST JS CICD

@ backend-developer | Backend Developer | Engineering
R: A Backend Developer writes and maintains the server code that implements an application's business rules. They work from product requirements, fix bugs and take part in code reviews with the rest of the development team.
A: Backend Developer; Back End Developer; Backend Programmer; Server Developer
K: Writes server code that implements the business logic described in feature requirements.
K: Takes part in code reviews and gives feedback on teammates' pull requests.
K: Fixes bugs reported by testers and users in existing backend features.
K: Writes unit tests for new business logic before changes are merged.
K: Follows the team's coding standards and keeps the code readable and documented.
K: Works with product owners to clarify business rules for upcoming features.
K: Estimates development tasks and reports progress in regular team meetings.
S: java python php sql git unit-testing code-review object-oriented-programming
D: BE_APP TEST VCS
"""

ROLES_DATA_PRODUCT_IT = """
@ data-scientist | Data Scientist | Data
R: A Data Scientist uses statistics, machine learning and programming to extract insight from data and build predictive models. They frame business questions, run analyses and experiments, and communicate findings that drive decisions.
A: Data Scientist; Applied Scientist; Machine Learning Scientist; Decision Scientist; Data Science Specialist
K: Frames business problems as analytical or predictive modeling questions together with product and business stakeholders.
K: Collects, cleans and explores large datasets with SQL and Python to identify patterns, anomalies and data quality issues.
KA: Builds, validates and tunes machine learning models for classification, regression, forecasting and ranking problems.
K: Designs A/B tests and other experiments, selects metrics and interprets results with appropriate statistical methods.
KA: Engineers features from raw behavioral, transactional and text data to improve model performance.
K: Communicates findings through visualizations, written reports and presentations tailored to non-technical audiences.
KA: Works with engineers to deploy models into production and monitors their accuracy and drift over time.
K: Documents analyses, assumptions and model limitations so that results can be reproduced and audited.
S: python r sql machine-learning statistics scikit-learn pandas numpy jupyter ab-testing feature-engineering xgboost data-visualization deep-learning
D: ML STATS EXP ANALYSIS VIZ PY

@ data-analyst | Data Analyst | Data
R: A Data Analyst turns raw data into reports, dashboards and insights that help teams understand performance and make decisions. They query, clean and analyze data and explain what it means in plain language.
A: Data Analyst; Business Data Analyst; Reporting Analyst; Analytics Analyst; Data Reporting Analyst
K: Writes SQL queries to extract, join and aggregate data from relational databases and data warehouses.
K: Cleans and validates datasets, resolving missing values, duplicates and inconsistencies before analysis.
K: Builds and maintains dashboards in Tableau or Power BI that track key performance indicators for business teams.
K: Analyzes trends, variances and segments in business data and explains the drivers behind changes in metrics.
K: Prepares recurring weekly and monthly reports and automates them to reduce manual spreadsheet work.
K: Gathers reporting requirements from stakeholders and translates them into metric definitions and data models.
K: Performs ad hoc analyses in Excel, Python or R to answer specific business questions under tight deadlines.
K: Presents findings and recommendations to managers in clear charts and concise written summaries.
S: sql microsoft-excel tableau power-bi python data-analysis data-visualization data-cleaning pivot-tables statistics kpi-definition google-sheets analytical-skills
D: ANALYSIS VIZ SQL SPREAD STATS PROB

@ data-engineer | Data Engineer | Data
R: A Data Engineer designs, builds and operates the pipelines and platforms that move and prepare data for analytics and machine learning. They make data reliable, timely and well modeled at scale.
A: Data Engineer; Big Data Engineer; ETL Developer; Data Pipeline Engineer; Data Platform Engineer
K: Designs and builds batch and streaming data pipelines that ingest data from databases, APIs, files and event streams.
K: Develops transformations in SQL, Python and Spark that clean, join and aggregate data into analysis-ready tables.
K: Models data warehouse and lakehouse schemas, including fact and dimension tables, for analytics and reporting use cases.
K: Orchestrates pipeline schedules and dependencies with Airflow or similar tools and handles retries and backfills.
K: Implements data quality checks, monitoring and alerting that detect late, missing or invalid data.
K: Optimizes storage formats, partitioning and query performance to control cost and latency on large datasets.
K: Manages access controls, data retention and lineage documentation in line with governance policies.
K: Collaborates with analysts and data scientists to understand their data needs and deliver reliable datasets.
S: python sql apache-spark airflow kafka snowflake dbt etl data-pipelines data-modeling aws databricks pyspark data-quality
D: ETL BIGDATA DWH DGOV SQL PY

@ machine-learning-engineer | Machine Learning Engineer | Data
R: A Machine Learning Engineer builds, trains and deploys machine learning models as reliable production software. They bridge data science and software engineering, owning model pipelines, serving infrastructure and performance.
A: Machine Learning Engineer; ML Engineer; Deep Learning Engineer; Applied ML Engineer; Computer Vision Engineer
KA: Develops and trains machine learning and deep learning models with PyTorch, TensorFlow or scikit-learn for production use cases.
KA: Builds feature pipelines and training datasets that are reproducible, versioned and consistent between training and serving.
KA: Deploys models as scalable batch jobs or low-latency inference services with monitoring and rollback capabilities.
KA: Evaluates models with offline metrics and online experiments and analyzes prediction errors to guide improvements.
KA: Trains and optimizes computer vision and natural language models for detection, classification and extraction tasks.
KA: Optimizes model inference speed and cost through quantization, batching, caching and hardware selection.
KA: Monitors production models for data drift, performance degradation and bias and retrains them when needed.
KA: Maintains ML infrastructure such as experiment tracking, model registries and GPU training environments.
S: python machine-learning deep-learning pytorch tensorflow scikit-learn mlops docker kubernetes sql feature-engineering mlflow computer-vision opencv natural-language-processing amazon-sagemaker
D: ML DL CV NLP MLOPS PY CONT

@ business-intelligence-developer | BI Developer | Data
R: A BI Developer designs and builds the data models, reports and dashboards that give an organization a trusted view of its performance. They turn warehouse data into governed, self-service analytics.
A: BI Developer; Business Intelligence Developer; Power BI Developer; Tableau Developer; BI Analyst; Business Intelligence Analyst
K: Designs semantic models, measures and calculated fields that define business metrics consistently across reports.
K: Develops interactive dashboards and paginated reports in Power BI, Tableau or Looker for business users.
K: Writes and optimizes SQL views and stored procedures that prepare warehouse data for reporting.
K: Builds and schedules data refreshes and monitors report performance and data freshness.
K: Implements row-level security and workspace permissions so users see only the data they are authorized to view.
K: Gathers reporting requirements from business stakeholders and translates them into report designs and prototypes.
K: Documents data sources, metric definitions and report logic and trains users on self-service analytics.
S: power-bi tableau looker sql t-sql data-modeling data-visualization microsoft-excel ssis kpi-definition data-warehousing
D: VIZ DWH SQL ANALYSIS DGOV

@ analytics-engineer | Analytics Engineer | Data
R: An Analytics Engineer builds clean, tested and documented data models that analysts and business users can trust. They apply software engineering practices such as version control and testing to SQL transformation code.
A: Analytics Engineer; dbt Developer; Analytics Data Engineer; Data Modeler
K: Builds modular SQL transformation models in dbt that turn raw source data into clean, documented analytics tables.
K: Defines and maintains business metrics and dimensional models used across dashboards and analyses.
K: Writes data tests for uniqueness, referential integrity and accepted values and fixes failures at their source.
K: Applies version control, code review and continuous integration practices to analytics code and model deployments.
K: Documents models, columns and lineage so that analysts can discover and correctly use the available data.
K: Optimizes warehouse models for query performance and compute cost on Snowflake, BigQuery or Redshift.
K: Partners with analysts and stakeholders to understand reporting needs and prioritize data modeling work.
S: dbt sql snowflake bigquery data-modeling git data-quality looker python data-warehousing airflow
D: DWH SQL DGOV ETL VCS

@ mlops-engineer | MLOps Engineer | Data
R: An MLOps Engineer builds the platforms and pipelines that take machine learning models from experiment to reliable production service. They automate training, deployment and monitoring so data science teams can ship models safely.
A: MLOps Engineer; ML Platform Engineer; Machine Learning Operations Engineer; ML Infrastructure Engineer
KA: Builds automated training, validation and deployment pipelines for machine learning models using CI/CD practices.
KA: Operates model serving infrastructure on Kubernetes or managed cloud services with autoscaling and versioned rollouts.
KA: Maintains experiment tracking, model registries and feature stores that support reproducible model development.
KA: Implements monitoring for model latency, errors, data drift and prediction quality with alerts to the owning teams.
KA: Manages GPU and compute resources for training workloads and optimizes their cost and utilization.
K: Standardizes containerized environments and dependency management for data science projects.
KA: Enforces access controls, lineage and audit trails for models and training data in line with governance requirements.
S: mlops kubernetes docker mlflow kubeflow python aws amazon-sagemaker vertex-ai terraform ci-cd machine-learning prometheus
D: MLOPS CONT CICD CLOUD ML OBS

@ ai-engineer | AI Engineer | Data
R: An AI Engineer builds applications and features on top of large language models and other generative AI systems. They design prompts, retrieval pipelines and agents, and evaluate them so AI features are useful, safe and cost-effective.
A: AI Engineer; Generative AI Engineer; LLM Engineer; GenAI Developer; Applied AI Engineer; AI Application Developer
KA: Builds applications on large language models through provider APIs and open-weight models, integrating them into products and workflows.
KA: Designs and tests prompts, system instructions and output schemas that make model responses accurate and consistent.
KA: Implements retrieval-augmented generation pipelines with document chunking, embeddings, vector databases and reranking.
KA: Develops tool-using agents and multi-step workflows with frameworks such as LangChain or LlamaIndex.
KA: Builds evaluation datasets and automated evaluations that measure answer quality, grounding and safety before each release.
KA: Monitors latency, token usage and cost of AI features and optimizes model choice, caching and batching.
KA: Applies guardrails, content filtering and privacy controls to reduce harmful, biased or leaked model outputs.
KA: Fine-tunes or adapts models on domain data when prompting and retrieval alone do not meet quality targets.
S: python large-language-models generative-ai prompt-engineering retrieval-augmented-generation vector-databases langchain llamaindex openai-api hugging-face-transformers llm-evaluation ai-agents responsible-ai llm-fine-tuning fastapi
D: GENAI NLP ML BE_API MLOPS

@ product-manager | Product Manager | Product & Design
R: A Product Manager decides what a product should do and why, balancing customer needs, business goals and technical constraints. They own the roadmap, define requirements and work with engineering, design and go-to-market teams to deliver outcomes.
A: Product Manager; Digital Product Manager; Technical Product Manager; Software Product Manager
K: Defines product vision, strategy and measurable goals aligned with company objectives and customer needs.
K: Builds and maintains the product roadmap, prioritizing initiatives by customer value, business impact and effort.
K: Conducts customer interviews, market research and competitive analysis to identify problems worth solving.
K: Writes product requirements and user stories with clear acceptance criteria for engineering and design teams.
K: Defines success metrics for features and analyzes product usage data and experiment results after launch.
K: Works with engineering and design throughout delivery to make scope trade-offs and resolve open questions.
K: Coordinates launches with marketing, sales and support teams, including positioning, enablement and release communication.
K: Communicates roadmap progress, decisions and risks to executives and other stakeholders.
S: product-management product-strategy product-roadmapping user-stories market-research competitive-analysis product-analytics okrs jira stakeholder-management ab-testing prioritization-frameworks go-to-market-strategy sql
D: PSTRAT REQ PMETRICS MARKET STAKE EXP

@ product-owner | Product Owner | Product & Design
R: A Product Owner maximizes the value delivered by an agile development team by owning and prioritizing the product backlog. They represent stakeholders to the team, clarify requirements and accept completed work.
A: Product Owner; Agile Product Owner; Scrum Product Owner; Digital Product Owner; IT Product Owner
K: Owns the product backlog, ordering items by value, risk and dependencies so the team always works on the most important items.
K: Writes user stories and acceptance criteria and refines them with the development team before sprint planning.
K: Participates in sprint planning, reviews and retrospectives and makes timely decisions on scope questions.
K: Reviews completed increments against acceptance criteria and accepts or rejects work on behalf of stakeholders.
K: Gathers and reconciles requirements from business stakeholders, users and subject matter experts.
K: Communicates release plans, progress and trade-offs to stakeholders and manages their expectations.
K: Tracks delivered value through product metrics and user feedback and adjusts backlog priorities accordingly.
S: backlog-management user-stories scrum agile jira requirements-gathering stakeholder-management sprint-planning confluence certified-scrummaster cspo
D: REQ AGILE STAKE PSTRAT

@ ux-designer | UX Designer | Product & Design
R: A UX Designer shapes how people experience a product by researching their needs and designing flows, wireframes and prototypes. They make products useful, usable and consistent, working closely with product managers and engineers.
A: UX Designer; User Experience Designer; UX/UI Designer; Interaction Designer; UX Design Specialist
K: Plans and conducts user research, including interviews and usability tests, to understand user needs and pain points.
K: Creates user flows, information architecture and wireframes that define how users complete key tasks.
K: Builds interactive prototypes in Figma to explore ideas and validate them with users before development starts.
K: Synthesizes research findings into personas, journey maps and design recommendations for product teams.
K: Designs intuitive interfaces that follow the design system and accessibility guidelines across web and mobile.
K: Presents design rationale to stakeholders and incorporates feedback from product, engineering and users.
K: Works with engineers during implementation to clarify interactions, edge cases and responsive behavior.
K: Measures the impact of design changes with usability metrics and product analytics and iterates on the designs.
S: ux-design user-research wireframing prototyping figma usability-testing information-architecture journey-mapping interaction-design web-accessibility design-thinking user-personas
D: UXR IXD DSYS A11Y STAKE

@ ui-designer | UI Designer | Product & Design
R: A UI Designer creates the visual layer of digital products: layouts, typography, color, iconography and interface components. They turn wireframes into polished, consistent screens and maintain the visual language of the product.
A: UI Designer; User Interface Designer; Visual Designer; Digital Designer; Web Designer
K: Designs high-fidelity screens and interface components for web and mobile applications from wireframes and requirements.
K: Defines visual styles, typography, color palettes and iconography consistent with the brand and the design system.
K: Builds and maintains UI component libraries and design tokens in Figma with documented usage guidelines.
K: Prepares specifications, assets and annotations for developers and reviews implemented screens for visual accuracy.
K: Designs responsive layouts and component states, including hover, focus, error and empty states.
K: Checks color contrast, text sizes and touch targets against accessibility standards.
K: Creates visual mockups, illustrations and marketing graphics that support product launches.
S: ui-design figma visual-design typography color-theory design-systems adobe-photoshop adobe-illustrator prototyping responsive-web-design sketch
D: VISUAL DSYS IXD STYLE

@ product-designer | Product Designer | Product & Design
R: A Product Designer owns the end-to-end design of product features, from discovery and research through interaction and visual design to launch. They combine UX and UI skills with an understanding of business goals and product metrics.
A: Product Designer; Digital Product Designer; UX Product Designer; Product Design Specialist
K: Leads design for product features from problem discovery through research, concept exploration, detailed design and launch.
K: Frames design problems with product managers and engineers using customer insights, data and business goals.
K: Creates flows, wireframes, prototypes and high-fidelity designs that solve user problems within technical constraints.
K: Validates concepts with usability testing and experiments and iterates on designs based on the evidence.
K: Contributes components and patterns to the design system and keeps product experiences consistent.
K: Defines metrics for design success and reviews product analytics after release to inform the next iteration.
K: Facilitates design critiques and workshops that align cross-functional teams on design direction.
S: figma prototyping user-research usability-testing ux-design ui-design design-systems design-thinking product-analytics interaction-design ab-testing
D: IXD UXR DSYS VISUAL PMETRICS

@ ux-researcher | UX Researcher | Product & Design
R: A UX Researcher studies users' behaviors, needs and motivations so product teams build the right things in the right way. They plan and run qualitative and quantitative research and turn findings into actionable insights.
A: UX Researcher; User Researcher; Design Researcher; User Experience Researcher; Usability Researcher
K: Plans research studies with product teams, defining research questions, methods, participants and timelines.
K: Conducts user interviews, contextual inquiries and diary studies to understand user goals and workflows.
K: Runs moderated and unmoderated usability tests on prototypes and live products and reports usability issues.
K: Designs and analyzes surveys that quantify user attitudes, satisfaction and demand for features.
K: Synthesizes qualitative data through affinity mapping and thematic analysis into clear insights and recommendations.
K: Recruits and screens research participants while following consent and privacy requirements.
K: Shares findings through reports, presentations and research repositories that teams can revisit later.
S: user-research usability-testing user-interviews survey-design user-personas journey-mapping heuristic-evaluation miro presentation-skills statistics
D: UXR IXD STAKE ANALYSIS

@ graphic-designer | Graphic Designer | Product & Design
R: A Graphic Designer creates visual content that communicates messages for brands, marketing campaigns and publications. They produce layouts, illustrations and assets for print and digital channels while keeping the brand consistent.
A: Graphic Designer; Visual Communication Designer; Brand Designer; Marketing Designer; Print Designer
K: Designs marketing materials such as brochures, social media graphics, advertisements and presentations in line with brand guidelines.
K: Develops logos, visual identities and brand guidelines for new products, campaigns and organizations.
K: Lays out print publications and packaging and prepares print-ready files with correct color profiles and bleeds.
K: Edits and retouches photographs and creates illustrations and icons for digital and print use.
K: Produces simple motion graphics and video edits for social media and digital campaigns.
K: Interprets creative briefs and presents concepts to stakeholders, incorporating their feedback through revisions.
K: Manages several design projects at once and delivers files on schedule to printers, agencies and web teams.
S: adobe-photoshop adobe-illustrator adobe-indesign adobe-creative-cloud canva typography brand-identity-design print-design motion-graphics adobe-after-effects color-theory photography
D: VISUAL MEDIA CAMPAIGN SOCIAL

@ scrum-master | Scrum Master | Product & Design
R: A Scrum Master helps an agile team deliver value by facilitating Scrum events, removing impediments and coaching agile practices. They protect the team's focus and help the wider organization work in an agile way.
A: Scrum Master; Agile Coach; Agile Project Manager; Agile Scrum Master; Iteration Manager
K: Facilitates sprint planning, daily stand-ups, sprint reviews and retrospectives so they stay focused and productive.
K: Identifies and removes impediments that slow the team, escalating issues that need management support.
K: Coaches team members and the product owner on Scrum values, practices and backlog management.
K: Tracks sprint progress, velocity and flow metrics and helps the team use them to improve predictability.
K: Coordinates dependencies and release plans with other agile teams in scaled frameworks such as SAFe.
K: Fosters an environment of trust and continuous improvement and follows through on retrospective actions.
K: Maintains Jira boards and workflows and ensures team artifacts are transparent to stakeholders.
S: scrum agile kanban jira sprint-planning certified-scrummaster scaled-agile-framework conflict-resolution stakeholder-management confluence safe-agilist
D: AGILE STAKE PROJ LEAD

@ project-manager | Project Manager | Product & Design
R: A Project Manager plans, executes and closes projects so they deliver the agreed scope on time and within budget. They coordinate people, schedules, risks and communication across teams and stakeholders.
A: Project Manager; IT Project Manager; Technical Project Manager; Project Coordinator; Delivery Manager
K: Defines project scope, objectives, deliverables and success criteria with sponsors and key stakeholders.
K: Builds project schedules, work breakdown structures and resource plans and tracks progress against them.
K: Manages project budgets, forecasts spending and reports variances to sponsors.
K: Identifies, assesses and mitigates project risks and issues and maintains the risk and issue logs.
K: Coordinates cross-functional teams, vendors and contractors and resolves conflicts over priorities and resources.
K: Prepares status reports and leads steering meetings that communicate progress, decisions and escalations.
K: Manages scope changes through a formal change control process, assessing their impact on schedule and cost.
K: Leads project closure activities, including acceptance, handover and lessons-learned reviews.
S: project-management pmp risk-management stakeholder-management budget-management microsoft-project agile waterfall jira vendor-management microsoft-excel smartsheet prince2 process-mapping
D: PROJ STAKE AGILE LEAD FPA PROC

@ it-support-specialist | IT Support Specialist | IT Operations
R: An IT Support Specialist is the first point of contact for employees with technology problems. They resolve hardware, software, account and network issues, document their work in a ticketing system and escalate complex cases.
A: IT Support Specialist; Help Desk Technician; Service Desk Analyst; IT Help Desk Analyst; Technical Support Specialist; IT Support Technician
K: Responds to support requests by phone, email, chat and ticketing system and resolves issues within service level targets.
K: Troubleshoots hardware, operating system, software and printer problems on Windows and macOS devices.
K: Creates and manages user accounts, password resets, group memberships and mailbox access in Active Directory and Microsoft 365.
K: Sets up laptops, desktops, phones and peripherals for new hires and recovers equipment from departing staff.
K: Documents incidents, resolutions and workarounds in the ticketing system and contributes articles to the knowledge base.
K: Escalates complex network, server and application issues to second-line teams with complete diagnostic information.
K: Provides remote support and guides users through fixes using clear, non-technical language.
K: Installs approved software, updates and security patches on end-user devices.
S: technical-support hardware-troubleshooting active-directory microsoft-365-admin microsoft-windows macos ticketing-systems servicenow remote-support customer-service comptia-a-plus itil printer-support microsoft-office
D: SUPPORT ITSM ENDPOINT IAM CUSTSERV OFFICE

@ desktop-support-technician | Desktop Support Technician | IT Operations
R: A Desktop Support Technician maintains the computers, peripherals and software that employees use every day. They provide hands-on support, deploy and image devices, and keep endpoints secure and up to date.
A: Desktop Support Technician; Desktop Support Engineer; Desktop Support Analyst; End User Support Technician; Deskside Support Technician
K: Installs, configures and upgrades desktops, laptops, monitors, docking stations and printers for end users.
K: Images and deploys workstations using standard builds, configuration management tools and device enrollment.
K: Diagnoses and repairs hardware faults, replacing components and coordinating warranty service with vendors.
K: Supports conference room audio-visual equipment and resolves meeting technology problems before scheduled events.
K: Maintains an accurate inventory of IT assets, including assignment, location and lifecycle status.
K: Applies operating system and application patches and verifies that endpoint security software is running correctly.
K: Resolves escalated desktop tickets and documents support procedures for the service desk.
S: hardware-troubleshooting microsoft-windows macos os-imaging sccm intune jamf printer-support ticketing-systems technical-support patch-management comptia-a-plus active-directory
D: ENDPOINT SUPPORT ITSM

@ system-administrator | System Administrator | IT Operations
R: A System Administrator installs, configures and maintains the servers, operating systems and core services an organization depends on. They keep systems secure, patched, backed up and performing well.
A: System Administrator; Systems Administrator; SysAdmin; Linux Administrator; Windows System Administrator; Server Administrator
K: Installs, configures and maintains Windows and Linux servers, including their operating systems, roles and services.
K: Administers Active Directory, DNS, DHCP, group policy and file services for the organization.
K: Applies operating system and software patches on a regular schedule and verifies systems after each update.
K: Monitors server health, capacity and performance and resolves problems before they affect users.
K: Manages virtualization hosts and virtual machines on VMware vSphere or Hyper-V.
K: Configures and tests backup jobs and performs restores to meet agreed recovery objectives.
K: Automates routine administration tasks with PowerShell, Bash or Ansible scripts.
K: Maintains system documentation, configuration records and change requests for infrastructure work.
S: linux windows-server active-directory dns dhcp group-policy powershell shell-scripting vmware-vsphere hyper-v backup-and-recovery patch-management ansible red-hat-enterprise-linux microsoft-365-admin virtualization
D: SYSADMIN VIRT BDR LINUX IAM

@ network-administrator | Network Administrator | IT Operations
R: A Network Administrator designs, configures and maintains an organization's local and wide area networks. They keep connectivity fast, secure and reliable and resolve network problems when they occur.
A: Network Administrator; Network Engineer; Network Technician; Network Support Engineer; Network Specialist
K: Configures and maintains routers, switches, firewalls and wireless access points across office and data center networks.
K: Designs VLANs, IP addressing schemes and routing to meet performance and network segmentation requirements.
K: Monitors network performance and availability and troubleshoots connectivity, latency and packet loss issues.
K: Manages site-to-site and remote-access VPNs and firewall rules in line with security policies.
K: Administers DNS, DHCP and network access control services for users and devices.
K: Upgrades network device firmware and replaces end-of-life equipment with minimal disruption to users.
K: Documents network topology, device configurations and changes and keeps network diagrams accurate.
S: tcp-ip routing-and-switching cisco-ios firewall-management vpn lan-wan wireless-networking dns dhcp network-monitoring wireshark ccna
D: NET SYSADMIN SECOPS

@ database-administrator | Database Administrator | IT Operations
R: A Database Administrator installs, secures, tunes and protects an organization's database systems. They ensure data is available, consistent and recoverable while supporting developers with efficient database design.
A: Database Administrator; DBA; SQL Server DBA; Oracle DBA; Database Engineer; PostgreSQL DBA
K: Installs, configures and upgrades database servers such as SQL Server, Oracle, PostgreSQL and MySQL.
K: Monitors database performance and tunes queries, indexes and configuration settings to resolve slowdowns.
K: Designs and tests backup, restore and disaster recovery procedures that meet recovery point and time objectives.
K: Configures replication, clustering and high availability features for business-critical databases.
K: Manages database users, roles and permissions and audits access to sensitive data.
K: Reviews schema changes and migration scripts from developers for performance and data integrity risks.
K: Plans storage capacity and archives or purges data according to retention policies.
S: database-administration sql-server oracle-database postgresql mysql t-sql plsql query-optimization backup-and-recovery database-replication high-availability linux
D: DBA SQL BDR PERSIST

@ cybersecurity-analyst | Cybersecurity Analyst | IT Operations
R: A Cybersecurity Analyst protects an organization's systems and data by monitoring for threats, investigating alerts and responding to security incidents. They also assess vulnerabilities and help maintain security controls and compliance.
A: Cybersecurity Analyst; Security Analyst; SOC Analyst; Information Security Analyst; Cyber Security Analyst
K: Monitors security alerts from SIEM, endpoint detection and network tools and triages them by severity.
K: Investigates suspicious activity, phishing reports and malware infections and determines their scope and impact.
K: Contains and remediates security incidents following incident response playbooks and documents the actions taken.
K: Runs vulnerability scans, prioritizes findings and tracks remediation with system owners.
K: Tunes detection rules and correlation searches to improve threat coverage and reduce false positives.
K: Reviews user access, firewall changes and security configurations against security policy.
K: Supports audits and compliance assessments by collecting evidence of security controls.
K: Tracks threat intelligence and advises teams on emerging threats relevant to the organization.
S: siem splunk microsoft-sentinel crowdstrike incident-response-security vulnerability-management threat-intelligence firewall-management wireshark nist-csf comptia-security-plus iso-27001
D: SECOPS GRC NET IAM

@ it-manager | IT Manager | IT Operations
R: An IT Manager leads the team and services that keep an organization's technology running. They plan budgets and projects, manage vendors and ensure IT services are reliable, secure and aligned with business needs.
A: IT Manager; Information Technology Manager; IT Operations Manager; IT Services Manager; Head of IT
K: Leads IT support and infrastructure staff, setting priorities, assigning work and conducting performance reviews.
K: Plans and manages the IT budget, including hardware, software licenses, cloud services and support contracts.
K: Defines IT service levels and monitors service desk performance, incident trends and user satisfaction.
K: Oversees IT projects such as system upgrades, office moves and cloud migrations from planning to completion.
K: Negotiates with technology vendors and manages their contracts, renewals and service reviews.
K: Maintains IT policies for security, acceptable use, backup and access management and enforces them.
K: Reports on IT risks, incidents and improvement plans to senior leadership.
S: itil people-management budget-management vendor-management project-management servicenow microsoft-365-admin backup-and-recovery risk-management leadership cloud-computing continuous-improvement
D: ITSM LEAD PROJ SYSADMIN GRC PROC
"""

ROLES_BUSINESS = """
@ account-executive | Account Executive | Sales & Marketing
R: An Account Executive owns the sales cycle for new business, from qualified opportunity to signed contract. They run discovery, present solutions, negotiate terms and close deals to meet their revenue quota.
A: Account Executive; Sales Executive; Enterprise Account Executive; Sales Representative; SaaS Account Executive
K: Manages a pipeline of qualified opportunities from discovery through negotiation to signed contract.
K: Conducts discovery calls to understand prospects' business problems, decision processes and budgets.
K: Delivers tailored product demonstrations and presentations that connect product features to customer outcomes.
K: Prepares proposals, pricing quotes and responses to requests for proposal with support from sales engineers.
K: Negotiates contract terms, pricing and timelines with buyers and procurement teams to close deals.
K: Records opportunities, activities and forecasts accurately in Salesforce or HubSpot.
K: Builds relationships with multiple stakeholders in target accounts, including executive sponsors.
K: Hands closed accounts over to customer success with documented goals and commitments.
S: b2b-sales saas-sales solution-selling negotiation deal-closing salesforce pipeline-management sales-presentations sales-forecasting meddic rfp-responses relationship-building crm-software
D: CLOSE CRM PROSPECT STAKE

@ sales-development-representative | Sales Development Representative | Sales & Marketing
R: A Sales Development Representative generates new sales opportunities by prospecting and qualifying potential customers. They run outbound outreach and respond to inbound leads, booking meetings for account executives.
A: Sales Development Representative; SDR; Business Development Representative; BDR; Inside Sales Representative; Sales Development Rep
K: Researches target accounts and contacts to build prospect lists that match the ideal customer profile.
K: Conducts outbound prospecting through cold calls, personalized emails and LinkedIn messages to generate meetings.
K: Responds quickly to inbound leads and qualifies them against budget, authority, need and timeline criteria.
K: Books qualified discovery meetings for account executives and passes on context from early conversations.
K: Logs calls, emails and lead status accurately in the CRM and the sales engagement platform.
K: Meets weekly activity and monthly pipeline targets and reports results to the sales manager.
K: Refines outreach messaging and sequences based on response rates and feedback from closed deals.
S: prospecting cold-calling lead-generation lead-qualification salesforce hubspot linkedin-sales-navigator outreach-io zoominfo communication-skills inside-sales crm-software
D: PROSPECT CRM COMM

@ account-manager | Account Manager | Sales & Marketing
R: An Account Manager looks after a portfolio of existing customers, keeping them satisfied and growing their business over time. They manage relationships, renewals and expansion opportunities and act as the customer's advocate internally.
A: Account Manager; Key Account Manager; Client Account Manager; Strategic Account Manager; Client Relationship Manager
K: Manages a portfolio of client accounts and serves as their main point of contact for commercial matters.
K: Builds account plans that identify growth opportunities, risks and key stakeholders for each client.
K: Leads renewal negotiations and presents upsell and cross-sell proposals that meet client needs.
K: Conducts regular business reviews with clients to report results and align on goals.
K: Coordinates with delivery, support and product teams to resolve client issues and escalations quickly.
K: Forecasts account revenue and tracks activities and opportunities in the CRM.
K: Monitors client health indicators and acts early on signs of dissatisfaction or churn.
S: account-management upselling contract-renewals customer-retention relationship-building negotiation salesforce sales-forecasting customer-service crm-software presentation-skills
D: RETAIN CRM CLOSE CUSTSERV

@ customer-success-manager | Customer Success Manager | Sales & Marketing
R: A Customer Success Manager makes sure customers achieve their goals with a product after they buy it. They guide onboarding and adoption, monitor account health and drive renewals and expansion.
A: Customer Success Manager; CSM; Client Success Manager; Customer Success Specialist
K: Onboards new customers, setting success criteria, implementation timelines and training plans.
K: Monitors product usage and account health scores and intervenes when adoption or satisfaction drops.
K: Conducts quarterly business reviews that show the value delivered and agree next goals with customers.
K: Identifies expansion opportunities and works with account managers on upsell proposals.
K: Manages renewals and works to reduce churn through proactive engagement and success plans.
K: Relays customer feedback and feature requests to product teams with supporting evidence.
K: Coordinates with support and engineering teams to resolve escalated customer issues.
S: customer-success customer-onboarding customer-retention account-management hubspot salesforce relationship-building upselling contract-renewals customer-focus presentation-skills
D: RETAIN CUSTSERV CRM STAKE

@ sales-manager | Sales Manager | Sales & Marketing
R: A Sales Manager leads a team of sellers to meet revenue targets. They hire and coach representatives, set territories and quotas, manage the pipeline and forecast results for leadership.
A: Sales Manager; Regional Sales Manager; Area Sales Manager; Sales Team Manager; Inside Sales Manager
K: Recruits, onboards and coaches sales representatives to build their skills in prospecting, discovery and closing.
K: Sets individual quotas, territories and activity targets aligned with the company revenue plan.
K: Reviews the team pipeline weekly and helps representatives advance and close key opportunities.
K: Produces accurate sales forecasts and reports performance against targets to senior leadership.
K: Joins strategic customer meetings and negotiations to support representatives on large deals.
K: Analyzes win rates, deal cycles and conversion metrics to identify coaching needs and process improvements.
K: Works with marketing on campaigns and lead handoff processes that feed the sales pipeline.
S: sales people-management leadership sales-forecasting pipeline-management territory-management salesforce negotiation mentoring b2b-sales crm-software kpi-definition
D: LEAD CRM CLOSE PROSPECT

@ digital-marketing-specialist | Digital Marketing Specialist | Sales & Marketing
R: A Digital Marketing Specialist plans and runs online campaigns across search, social, email and display channels. They manage budgets, track performance and optimize campaigns to acquire and convert customers.
A: Digital Marketing Specialist; Digital Marketing Executive; Online Marketing Specialist; Performance Marketing Specialist; Digital Marketer
K: Plans and launches paid campaigns on Google Ads, Meta and LinkedIn against defined audience, budget and conversion goals.
K: Monitors campaign performance daily and adjusts bids, targeting, creative and budgets to improve return on ad spend.
K: Sets up conversion tracking, tags and analytics goals so that campaign results are measured accurately.
K: Builds email campaigns and automated nurture flows and tests subject lines, content and send times.
K: Optimizes landing pages with designers and developers to improve conversion rates through A/B testing.
K: Reports campaign results, channel trends and recommendations to marketing managers.
K: Coordinates with content and design teams to produce ad copy, visuals and campaign assets.
S: digital-marketing google-ads meta-ads linkedin-ads google-analytics google-tag-manager ppc email-marketing conversion-rate-optimization ab-testing marketing-analytics hubspot
D: PAID MANALYTICS MAUTO EXP SOCIAL

@ seo-specialist | SEO Specialist | Sales & Marketing
R: An SEO Specialist improves how a website ranks in search engines so it attracts more qualified organic traffic. They research keywords, optimize content and technical site health, and build authority through links.
A: SEO Specialist; SEO Analyst; Search Engine Optimization Specialist; SEO Manager; SEO Executive
K: Conducts keyword research to identify search terms, search intent and content gaps for target audiences.
K: Optimizes page titles, meta descriptions, headings, internal links and body content for target keywords.
K: Performs technical SEO audits covering crawlability, indexation, site speed, structured data and mobile usability.
K: Works with developers to fix technical issues such as redirects, canonical tags and duplicate content.
K: Develops link-building and digital PR campaigns that earn backlinks from relevant, authoritative websites.
K: Tracks rankings, organic traffic and conversions in Google Search Console and Google Analytics and reports trends.
K: Briefs content writers on search-optimized articles and reviews drafts before publication.
S: seo keyword-research link-building google-search-console google-analytics semrush ahrefs content-strategy html wordpress web-performance
D: SEARCH CONTENT MANALYTICS WEB

@ content-marketing-manager | Content Marketing Manager | Sales & Marketing
R: A Content Marketing Manager plans and produces content that attracts, educates and converts a target audience. They own the editorial strategy and calendar and measure how content contributes to pipeline and brand.
A: Content Marketing Manager; Content Manager; Content Strategist; Content Marketing Specialist; Editorial Manager
K: Develops a content strategy and editorial calendar aligned with audience needs, search demand and campaign goals.
K: Writes, edits and publishes blog posts, guides, case studies and newsletters in the brand voice.
K: Manages freelance writers and subject matter experts, providing briefs and editorial feedback.
K: Optimizes content for search and distributes it across email, social media and partner channels.
K: Measures content performance with traffic, engagement and conversion metrics and refines the strategy.
K: Repurposes long-form content into videos, social posts and sales enablement materials.
K: Maintains the style guide and ensures published content is accurate, consistent and compliant.
S: content-marketing content-strategy copywriting content-writing editing-and-proofreading seo wordpress email-marketing google-analytics content-management-systems hubspot
D: CONTENT SEARCH MANALYTICS CAMPAIGN

@ social-media-manager | Social Media Manager | Sales & Marketing
R: A Social Media Manager builds and engages a brand's audience on social platforms. They plan and publish content, manage the community and paid social, and report on what drives growth.
A: Social Media Manager; Social Media Specialist; Social Media Coordinator; Community Manager; Social Media Strategist
K: Plans social media content calendars across Instagram, LinkedIn, TikTok, X and Facebook aligned with campaigns.
K: Creates and schedules posts, short videos and stories with designers and content creators.
K: Monitors comments, messages and mentions and responds in the brand voice or escalates sensitive issues.
K: Runs paid social campaigns and audience targeting within agreed budgets and objectives.
K: Tracks reach, engagement, follower growth and conversions and reports insights to marketing leadership.
K: Identifies trends, creators and influencers for partnerships that reach new audiences.
K: Maintains social media guidelines and crisis response procedures for the brand.
S: social-media-marketing social-media-management hootsuite sprout-social canva meta-ads influencer-marketing copywriting video-editing marketing-analytics
D: SOCIAL CONTENT MEDIA PAID MANALYTICS

@ marketing-manager | Marketing Manager | Sales & Marketing
R: A Marketing Manager plans and leads marketing programs that build awareness, generate demand and support sales. They set strategy and budget, manage campaigns and teams, and measure marketing's contribution to revenue.
A: Marketing Manager; Brand Manager; Growth Marketing Manager; Product Marketing Manager; Marketing Communications Manager
K: Develops the annual marketing plan, budget and channel mix based on business goals and market research.
K: Leads integrated campaigns across digital, events, content and public relations from brief to evaluation.
K: Defines brand positioning and messaging with product marketing and keeps them consistent across channels.
K: Manages marketing staff, agencies and freelancers and reviews their work against objectives.
K: Tracks marketing funnel metrics, cost per lead and return on investment and reallocates budget accordingly.
K: Aligns lead definitions, handoff processes and shared targets with the sales team.
K: Commissions market and customer research to inform segmentation, pricing and positioning decisions.
K: Reports marketing performance and plans to senior leadership every quarter.
S: marketing-strategy brand-management campaign-management digital-marketing marketing-analytics market-research product-marketing demand-generation budget-management public-relations people-management event-marketing
D: CAMPAIGN MARKET MANALYTICS LEAD PAID

@ accountant | Accountant | Finance
R: An Accountant records, analyzes and reports an organization's financial transactions. They prepare journal entries, reconciliations and financial statements and help keep the books accurate and compliant.
A: Accountant; Staff Accountant; General Ledger Accountant; Corporate Accountant; Financial Accountant
K: Prepares journal entries for accruals, prepayments, depreciation and other period-end adjustments.
K: Reconciles bank, balance sheet and intercompany accounts monthly and investigates any discrepancies.
K: Prepares monthly financial statements and supporting schedules within the month-end close timeline.
K: Maintains the general ledger and chart of accounts and ensures transactions are correctly classified.
K: Assists with annual audits by preparing schedules and responding to auditor requests.
K: Supports budgeting and variance analysis by explaining movements in revenue and expense accounts.
K: Ensures accounting records comply with GAAP or IFRS and with internal control policies.
K: Improves accounting processes and documentation to shorten the close and reduce errors.
S: accounting general-ledger journal-entries account-reconciliation month-end-close financial-reporting gaap microsoft-excel quickbooks accruals fixed-asset-accounting oracle-netsuite cpa
D: FINREP BOOK AUDIT ERP SPREAD

@ financial-analyst | Financial Analyst | Finance
R: A Financial Analyst supports business decisions with budgets, forecasts, financial models and performance analysis. They explain what drives results and advise leaders on plans and investments.
A: Financial Analyst; FP&A Analyst; Finance Analyst; Corporate Financial Analyst; Budget Analyst
K: Builds and maintains financial models for budgets, forecasts, business cases and investment decisions.
K: Prepares monthly variance analyses comparing actual results with budget and forecast and explains the key drivers.
K: Coordinates the annual budgeting process with department managers and consolidates their submissions.
K: Produces management reports and dashboards on revenue, costs, margins and cash flow.
K: Evaluates the financial impact of pricing changes, new products, hiring plans and capital projects.
K: Analyzes financial statements and key ratios to assess company and competitor performance.
K: Presents financial insights and recommendations to senior leaders in clear, concise materials.
S: financial-planning-and-analysis financial-modeling budgeting financial-forecasting variance-analysis financial-analysis microsoft-excel power-bi sql oracle-hyperion anaplan business-valuation
D: FPA FINMOD SPREAD ANALYSIS VIZ

@ bookkeeper | Bookkeeper | Finance
R: A Bookkeeper records day-to-day financial transactions and keeps an organization's books accurate and up to date. They process payables and receivables, reconcile accounts and prepare basic reports for owners and accountants.
A: Bookkeeper; Accounting Clerk; Bookkeeping Clerk; Full Charge Bookkeeper; Accounts Assistant
K: Records daily sales, purchases, receipts and payments in the accounting system with the correct account codes.
K: Reconciles bank and credit card statements to the ledger every month and resolves any differences.
K: Processes supplier and customer invoices and follows up on overdue customer payments.
K: Prepares payroll information and records payroll journals in the general ledger.
K: Maintains organized source documents, receipts and records for audits and tax filings.
K: Prepares basic profit and loss, balance sheet and cash reports for owners and external accountants.
K: Files sales tax returns and supports year-end preparation with the external accountant.
S: bookkeeping quickbooks xero accounts-payable accounts-receivable account-reconciliation data-entry microsoft-excel general-ledger indirect-tax ten-key attention-to-detail
D: BOOK APAR ERP FINREP

@ accounts-payable-specialist | Accounts Payable Specialist | Finance
R: An Accounts Payable Specialist makes sure suppliers are paid accurately and on time. They process and match invoices, manage payment runs and keep vendor records and payables reconciled.
A: Accounts Payable Specialist; Accounts Payable Clerk; AP Specialist; Accounts Payable Analyst; Payables Specialist
K: Processes supplier invoices, matching them to purchase orders and receiving records before approval.
K: Prepares weekly payment runs by check, ACH and wire transfer and verifies approvals and bank details.
K: Resolves invoice discrepancies and payment inquiries with vendors and internal departments.
K: Maintains vendor master data, including tax forms and banking information, with appropriate controls.
K: Reconciles vendor statements and the accounts payable subledger to the general ledger each month.
K: Reviews employee expense reports for policy compliance and required supporting receipts.
K: Prepares accruals for unbilled expenses and supports year-end 1099 reporting.
S: accounts-payable three-way-matching expense-management sap-erp oracle-netsuite microsoft-excel data-entry account-reconciliation vendor-management attention-to-detail ten-key
D: APAR BOOK ERP AUDIT

@ internal-auditor | Internal Auditor | Finance
R: An Internal Auditor gives management and the audit committee independent assurance that risks are controlled and processes work as intended. They plan and perform audits, test controls and recommend improvements.
A: Internal Auditor; IT Auditor; Internal Audit Analyst; Audit Associate; SOX Auditor
K: Plans risk-based audits, defining scope, objectives and testing procedures for business processes and systems.
K: Tests the design and operating effectiveness of internal controls, including SOX key controls.
K: Examines transactions, documents and system reports to identify errors, fraud indicators and policy breaches.
K: Documents audit work papers and supporting evidence in line with professional auditing standards.
K: Writes audit reports with findings, root causes and practical recommendations for management.
K: Follows up on management action plans and verifies that control deficiencies have been remediated.
K: Supports external auditors and regulators with information requests and coordination.
S: internal-audit auditing sox-compliance internal-controls risk-management gaap data-analysis microsoft-excel certified-internal-auditor cpa root-cause-analysis
D: AUDIT GRC FINREP ANALYSIS

@ tax-accountant | Tax Accountant | Finance
R: A Tax Accountant prepares tax returns and provisions and keeps individuals or organizations compliant with tax law. They research tax questions, identify planning opportunities and respond to tax authority inquiries.
A: Tax Accountant; Tax Associate; Tax Preparer; Tax Analyst; Tax Specialist
K: Prepares federal, state and local income tax returns for individuals, partnerships or corporations.
K: Calculates quarterly estimated tax payments and income tax provisions for the financial statements.
K: Researches tax law and regulations to answer technical questions and document the positions taken.
K: Prepares sales, use and other indirect tax filings and reconciles tax accounts to the general ledger.
K: Identifies tax planning opportunities, credits and deductions that reduce clients' tax liabilities.
K: Responds to notices and audits from tax authorities and assembles the supporting documentation.
K: Maintains tax calendars and ensures that filings and payments are made by their deadlines.
S: tax-preparation corporate-tax indirect-tax tax-research gaap microsoft-excel cpa enrolled-agent accounting attention-to-detail
D: TAX FINREP AUDIT SPREAD

@ financial-controller | Financial Controller | Finance
R: A Financial Controller runs the accounting function and is responsible for accurate, timely financial reporting and strong internal controls. They lead the close, oversee audits and advise leadership on financial performance.
A: Financial Controller; Controller; Finance Controller; Comptroller; Accounting Manager
K: Leads the monthly, quarterly and annual close and reviews financial statements before they are released.
K: Designs and maintains internal controls over financial reporting and ensures accounting policies are followed.
K: Manages the accounting team, assigning responsibilities and developing staff skills.
K: Coordinates external audits and tax filings with auditors and tax advisers.
K: Oversees cash management, payables, receivables and payroll processes for the organization.
K: Prepares management reporting and analysis of results for executives and the board.
K: Leads the implementation and improvement of ERP and accounting systems.
K: Ensures compliance with GAAP or IFRS, tax rules and regulatory reporting requirements.
S: financial-reporting month-end-close gaap ifrs internal-controls financial-consolidation cash-flow-management people-management erp-systems cpa budgeting sap-erp
D: FINREP AUDIT LEAD ERP FPA

@ hr-generalist | HR Generalist | HR
R: An HR Generalist handles a broad range of human resources activities, from hiring and onboarding to employee relations, benefits and compliance. They are a first point of contact for employees and managers on people questions.
A: HR Generalist; Human Resources Generalist; HR Officer; HR Coordinator; People Operations Generalist
K: Administers the employee lifecycle, including onboarding, job changes, leaves of absence and separations.
K: Advises managers and employees on HR policies, procedures and employment law requirements.
K: Investigates employee relations issues and complaints and recommends fair, well-documented resolutions.
K: Coordinates recruiting activities such as job postings, interview scheduling and offer letters.
K: Maintains accurate employee records in the HRIS and produces HR reports for management.
K: Administers benefits enrollment and answers employee questions about benefit plans.
K: Supports performance review cycles, training programs and employee engagement initiatives.
K: Ensures compliance with I-9, EEO, wage and hour and other employment regulations.
S: employee-relations hris employee-onboarding benefits-administration employment-law performance-management recruiting i-9-verification bamboohr workday hr-policy-development conflict-resolution microsoft-excel
D: ER HRCOMP HRIS COMP TA

@ recruiter | Recruiter | HR
R: A Recruiter finds, attracts and hires the right candidates for an organization's open roles. They partner with hiring managers, source and screen candidates and manage the hiring process through offer and acceptance.
A: Recruiter; Talent Acquisition Specialist; Technical Recruiter; Corporate Recruiter; Talent Acquisition Partner; Recruitment Consultant
K: Partners with hiring managers to define role requirements, selection criteria and interview plans.
K: Writes job advertisements and posts them on job boards, social media and the careers site.
K: Sources passive candidates through LinkedIn, Boolean searches, referrals and talent communities.
K: Screens resumes and conducts phone screens to assess skills, experience, motivation and salary expectations.
K: Schedules interviews, gathers feedback from interviewers and keeps candidates informed throughout the process.
K: Extends offers, negotiates compensation within approved ranges and manages acceptance.
K: Maintains candidate records and pipeline data in the applicant tracking system.
K: Reports hiring metrics such as time to fill, source of hire and offer acceptance rates.
S: recruiting candidate-sourcing boolean-search interviewing applicant-tracking-systems greenhouse technical-recruiting employer-branding negotiation relationship-building eeo-compliance communication-skills
D: TA HRCOMP COMM

@ hr-business-partner | HR Business Partner | HR
R: An HR Business Partner works with business leaders to align people strategy with business goals. They advise on organization design, talent, performance and employee relations, and use workforce data to guide decisions.
A: HR Business Partner; HRBP; Human Resources Business Partner; People Partner; Strategic HR Partner
K: Advises business leaders on organization design, workforce planning and talent strategy for their functions.
K: Coaches managers on performance management, difficult conversations and team development.
K: Leads talent reviews and succession planning and helps build development plans for key employees.
K: Manages complex employee relations cases and ensures outcomes are fair, consistent and compliant.
K: Analyzes people data such as turnover, engagement and headcount to identify risks and actions.
K: Partners with compensation and recruiting teams on pay decisions, promotions and hiring plans.
K: Leads change management for reorganizations, restructures and new HR programs.
S: employee-relations performance-management workforce-planning succession-planning people-analytics change-management organizational-development employee-engagement employment-law stakeholder-management mentoring
D: TALENT ER HRIS HRCOMP STAKE

@ payroll-specialist | Payroll Specialist | HR
R: A Payroll Specialist ensures employees are paid accurately and on time and that payroll taxes and records comply with the law. They process payroll, maintain pay data and resolve pay questions.
A: Payroll Specialist; Payroll Administrator; Payroll Coordinator; Payroll Clerk; Payroll Analyst
K: Processes weekly, biweekly or monthly payroll for hourly and salaried employees across multiple locations.
K: Maintains employee pay data, including pay rates, deductions, garnishments and tax withholdings.
K: Reconciles payroll registers, tax filings and benefit deductions to the general ledger.
K: Calculates overtime, bonuses, commissions and final pay in line with wage and hour laws.
K: Prepares quarterly and annual payroll tax filings and year-end W-2 forms.
K: Responds to employee payroll questions and corrects payment errors promptly.
K: Supports internal and external payroll audits and documents payroll procedures and controls.
S: payroll-processing adp-workforce-now ukg-pro flsa-compliance microsoft-excel account-reconciliation workday data-entry attention-to-detail certified-payroll-professional
D: PAYROLL HRCOMP HRIS BOOK

@ learning-and-development-specialist | Learning and Development Specialist | HR
R: A Learning and Development Specialist designs and delivers training that builds employees' skills and supports business goals. They assess needs, create programs and measure their impact.
A: Learning and Development Specialist; L&D Specialist; Training Specialist; Training Coordinator; Learning Specialist
K: Conducts training needs analyses with managers to identify skill gaps and training priorities.
K: Designs training programs, workshops and e-learning modules using adult learning principles.
K: Facilitates instructor-led and virtual training sessions for new hires, managers and specialist groups.
K: Administers the learning management system, including enrollments, completions and compliance training records.
K: Evaluates training effectiveness through feedback, assessments and performance data and improves programs.
K: Coordinates onboarding and leadership development programs with HR and business leaders.
K: Manages external training vendors and the learning and development budget.
S: training-facilitation training-needs-analysis instructional-design learning-management-systems e-learning-development adult-learning articulate-storyline presentation-skills employee-onboarding leadership
D: LND IDESIGN TALENT EDTECH

@ compensation-and-benefits-specialist | Compensation and Benefits Specialist | HR
R: A Compensation and Benefits Specialist designs and administers pay and benefit programs that attract and retain employees while controlling cost and staying compliant. They analyze market data and support the annual pay and enrollment cycles.
A: Compensation and Benefits Specialist; Compensation Analyst; Benefits Specialist; Total Rewards Specialist; Benefits Administrator
K: Analyzes market salary surveys to benchmark jobs and recommend competitive pay ranges.
K: Evaluates jobs and assigns grades within the organization's job architecture.
K: Supports the annual merit and bonus cycle, including budgets, guidelines and manager tools.
K: Administers health, retirement and other benefit plans and coordinates annual open enrollment.
K: Answers employee questions about pay and benefits and resolves issues with carriers and vendors.
K: Ensures compensation and benefit practices comply with pay equity, tax and benefits regulations.
K: Prepares analyses and reports on compensation costs and benefit plan utilization.
S: compensation-management benefits-administration job-analysis microsoft-excel people-analytics leave-administration flsa-compliance workday hris data-analysis
D: COMP HRCOMP HRIS SPREAD
"""

ROLES_CARE_TRADES_EDUCATION = """
@ registered-nurse | Registered Nurse | Healthcare
R: A Registered Nurse assesses patients, plans and delivers nursing care and administers treatments and medications. They coordinate care with physicians and the care team, educate patients and families and document care in the health record.
A: Registered Nurse; RN; Staff Nurse; Staff RN; Clinical Nurse; Bedside Nurse
K: Assesses patients' physical and psychosocial condition on admission and throughout each shift and documents the findings.
K: Develops and updates individualized nursing care plans based on assessments, physician orders and patient goals.
K: Administers medications, IV therapies and treatments safely and monitors patients for responses and side effects.
K: Monitors vital signs, telemetry and other indicators and escalates changes in condition to physicians promptly.
K: Performs wound care, catheter care and other clinical procedures using infection control practices.
K: Educates patients and families about diagnoses, medications, self-care and discharge instructions.
K: Documents assessments, interventions and outcomes accurately in the electronic health record.
K: Responds to medical emergencies and participates in rapid response and resuscitation efforts.
S: patient-assessment patient-care medication-administration iv-therapy vital-signs care-planning patient-education electronic-health-records epic-systems infection-control bls acls rn-license wound-care
D: PATIENT MEDS CLINDOC INFECT LIFE

@ licensed-practical-nurse | Licensed Practical Nurse | Healthcare
R: A Licensed Practical Nurse provides basic nursing care under the direction of registered nurses and physicians. They monitor patients, give medications, perform routine procedures and keep care records.
A: Licensed Practical Nurse; LPN; Licensed Vocational Nurse; LVN; Practical Nurse
K: Provides basic nursing care such as bathing, dressing changes, repositioning and feeding assistance.
K: Measures and records vital signs and reports abnormal findings to the supervising registered nurse.
K: Administers oral and injectable medications according to physician orders and facility protocols.
K: Collects specimens and performs routine bedside tests such as blood glucose checks.
K: Observes patients for changes in condition and documents observations in the medical record.
K: Assists residents with activities of daily living in long-term care and rehabilitation settings.
K: Follows infection control procedures and maintains a safe, clean environment for patients.
S: patient-care vital-signs medication-administration injections specimen-collection point-of-care-testing clinical-documentation infection-control geriatric-care lpn-license cpr bls
D: PATIENT MEDS CLINDOC INFECT

@ medical-assistant | Medical Assistant | Healthcare
R: A Medical Assistant supports physicians and clinic operations with both clinical and administrative tasks. They room patients, take vitals and histories, assist with procedures and keep schedules and records running smoothly.
A: Medical Assistant; Clinical Medical Assistant; Certified Medical Assistant; Medical Office Assistant; Back Office Medical Assistant
K: Rooms patients and records vital signs, medical histories and chief complaints before provider visits.
K: Assists physicians with physical examinations, minor procedures and specimen collection.
K: Performs phlebotomy, injections, EKGs and point-of-care tests as ordered by providers.
K: Schedules appointments, registers patients at check-in and verifies their insurance eligibility.
K: Updates electronic health records and processes prescription refill requests according to clinic protocols.
K: Cleans and stocks exam rooms and sterilizes instruments following infection control standards.
K: Explains visit instructions and follow-up care to patients in clear, plain language.
S: vital-signs phlebotomy injections ekg point-of-care-testing patient-scheduling insurance-verification electronic-health-records infection-control medical-terminology certified-medical-assistant bls hipaa
D: PATIENT LAB CLINDOC INFECT CODING

@ pharmacist | Pharmacist | Healthcare
R: A Pharmacist ensures patients receive the right medications safely and use them effectively. They verify and dispense prescriptions, screen for interactions, counsel patients and advise prescribers on drug therapy.
A: Pharmacist; Clinical Pharmacist; Retail Pharmacist; Staff Pharmacist; Hospital Pharmacist; Community Pharmacist
K: Reviews and verifies prescriptions for appropriateness, dosage, interactions and allergies before dispensing.
K: Counsels patients on how to take their medications, expected effects, side effects and storage.
K: Advises physicians and nurses on drug selection, dosing and therapeutic alternatives.
K: Oversees pharmacy technicians and the dispensing process to ensure accuracy and regulatory compliance.
K: Administers immunizations and provides medication therapy management services to patients.
K: Maintains controlled substance records and complies with state and federal pharmacy regulations.
K: Resolves insurance claim rejections and prior authorization issues with payers and prescribers.
S: pharmacology prescription-dispensing drug-utilization-review medication-therapy-management pharmaceutical-compounding injections pharmd pharmacy-inventory hipaa patient-education medication-reconciliation
D: PHARM MEDS PATIENT HCOMP

@ pharmacy-technician | Pharmacy Technician | Healthcare
R: A Pharmacy Technician helps pharmacists dispense medications accurately and run the pharmacy efficiently. They prepare prescriptions, manage inventory and handle customer and insurance questions.
A: Pharmacy Technician; Pharmacy Tech; Certified Pharmacy Technician; CPhT; Pharmacy Assistant
K: Receives prescriptions, enters them into the pharmacy system and verifies patient and insurance information.
K: Counts, measures and labels medications for final verification by the pharmacist.
K: Prepares sterile and non-sterile compounded medications following USP standards and pharmacy procedures.
K: Manages pharmacy inventory, orders stock and removes expired or recalled products from shelves.
K: Processes prescription insurance claims and resolves rejected claims with payers and prescribers.
K: Restocks automated dispensing cabinets and delivers medications to hospital units.
K: Serves customers at the pharmacy counter and refers clinical questions to the pharmacist.
S: prescription-dispensing pharmacy-inventory pharmaceutical-compounding certified-pharmacy-technician pyxis claims-processing customer-service data-entry medical-terminology hipaa
D: PHARM MEDS CUSTSERV CODING

@ physical-therapist | Physical Therapist | Healthcare
R: A Physical Therapist helps patients recover movement and function after injury, surgery or illness. They evaluate impairments, design treatment plans and deliver therapeutic exercise and hands-on care.
A: Physical Therapist; Physiotherapist; Outpatient Physical Therapist; Licensed Physical Therapist; Home Health Physical Therapist
K: Evaluates patients' strength, range of motion, balance, gait and functional limitations.
K: Develops individualized treatment plans with measurable goals based on evaluation findings and diagnosis.
K: Delivers therapeutic exercise, manual therapy, gait training and other physical therapy interventions.
K: Teaches patients and caregivers home exercise programs and safe techniques for daily activities.
K: Re-evaluates patient progress regularly and adjusts treatment plans to meet goals.
K: Documents evaluations, treatments and progress notes to meet clinical and billing requirements.
K: Supervises physical therapist assistants and aides who are delegated patient care tasks.
S: physical-therapy therapeutic-exercise manual-therapy gait-training orthopedic-rehabilitation patient-assessment patient-education clinical-documentation doctor-of-physical-therapy cpr empathy
D: REHAB PATIENT CLINDOC

@ medical-coder | Medical Coder | Healthcare
R: A Medical Coder translates clinical documentation into standardized diagnosis and procedure codes used for billing and reporting. They ensure claims are accurate, compliant and fully supported by the medical record.
A: Medical Coder; Medical Billing and Coding Specialist; Coding Specialist; Certified Coder; Medical Records Coder
K: Reviews physician and hospital documentation and assigns ICD-10-CM, CPT and HCPCS codes.
K: Queries providers when clinical documentation is unclear, incomplete or conflicting.
K: Verifies coded claims for accuracy and compliance with payer rules and official coding guidelines.
K: Investigates denied claims related to coding and prepares corrected claims or appeals.
K: Keeps current with annual code set updates and changes to payer policies.
K: Protects patient information in line with HIPAA privacy and security requirements.
K: Meets daily productivity and accuracy targets and participates in internal coding audits.
S: icd-10-coding cpt-coding hcpcs medical-billing medical-terminology claims-processing revenue-cycle-management hipaa certified-professional-coder electronic-health-records attention-to-detail
D: CODING CLINDOC HCOMP

@ radiologic-technologist | Radiologic Technologist | Healthcare
R: A Radiologic Technologist performs diagnostic imaging examinations such as X-rays and CT scans. They position patients, operate imaging equipment and protect patients and staff from unnecessary radiation.
A: Radiologic Technologist; Radiographer; X-Ray Technician; Rad Tech; CT Technologist; Radiology Technician
K: Performs diagnostic X-ray and CT examinations according to physician orders and department protocols.
K: Positions patients and imaging equipment correctly to obtain high-quality diagnostic images.
K: Applies radiation safety principles, shielding and exposure settings to minimize radiation dose.
K: Explains procedures to patients, answers their questions and monitors their condition during exams.
K: Evaluates images for quality and repeats exposures when technical factors require it.
K: Maintains imaging equipment, reports malfunctions and performs routine quality control checks.
K: Records exam details in the radiology information system and the electronic health record.
S: radiography ct-imaging patient-positioning radiation-safety arrt-certification patient-care electronic-health-records infection-control bls mri
D: DIAG PATIENT HCOMP CLINDOC

@ phlebotomist | Phlebotomist | Healthcare
R: A Phlebotomist collects blood and other specimens from patients for laboratory testing. They identify patients correctly, perform venipuncture safely and make sure specimens are labeled and handled properly.
A: Phlebotomist; Phlebotomy Technician; Certified Phlebotomy Technician; Lab Assistant; Specimen Collector
K: Verifies patient identity and laboratory test orders before every specimen collection.
K: Performs venipuncture and capillary punctures on adult, pediatric and elderly patients.
K: Labels, processes and stores specimens according to laboratory requirements and chain-of-custody rules.
K: Follows infection control and safety procedures, including safe disposal of needles and biohazardous waste.
K: Calms anxious patients and explains specimen collection procedures clearly before starting.
K: Enters collection details in the laboratory information system and resolves order discrepancies.
S: phlebotomy specimen-collection infection-control phlebotomy-certification medical-terminology customer-service data-entry hipaa attention-to-detail
D: LAB INFECT PATIENT

@ electrician | Electrician | Skilled Trades
R: An Electrician installs, maintains and repairs electrical wiring, equipment and fixtures in homes, businesses and industrial sites. They work from blueprints and electrical codes to keep systems safe and functional.
A: Electrician; Journeyman Electrician; Commercial Electrician; Residential Electrician; Industrial Electrician; Electrical Technician
K: Installs wiring, conduit, panels, outlets, switches and lighting fixtures according to blueprints and the National Electrical Code.
K: Reads blueprints and electrical schematics to plan circuit layouts and material requirements.
K: Troubleshoots electrical faults with multimeters and testers and repairs or replaces defective components.
K: Bends and installs conduit and pulls wire through raceways in commercial and industrial buildings.
K: Tests completed installations for continuity, grounding and proper operation before energizing circuits.
K: Applies lockout/tagout and other safety procedures when working on or near energized equipment.
K: Installs and maintains motor controls, variable frequency drives and control panels in industrial settings.
K: Coordinates with contractors and inspectors and corrects work as needed to pass electrical inspections.
S: electrical-wiring national-electrical-code conduit-bending electrical-troubleshooting panel-installation blueprint-reading multimeter lockout-tagout osha-safety motor-controls journeyman-electrician-license power-tools variable-frequency-drives
D: ELEC BLUE SAFETY CONTROLS MAINT

@ plumber | Plumber | Skilled Trades
R: A Plumber installs and repairs the piping systems that carry water, gas and waste in buildings. They fit pipes and fixtures, clear blockages and make sure systems meet plumbing codes.
A: Plumber; Journeyman Plumber; Service Plumber; Commercial Plumber; Residential Plumber; Plumbing Technician
K: Installs water supply, drain, waste and vent piping in new construction and renovation projects.
K: Installs and repairs plumbing fixtures such as sinks, toilets, showers and water heaters.
K: Diagnoses leaks, blockages and low water pressure and carries out the necessary repairs.
K: Clears drain and sewer blockages using snakes, jetting equipment and camera inspection.
K: Cuts, threads, solders and joins copper, PEX, PVC and steel pipe to specification.
K: Tests and certifies backflow prevention devices as required by local codes.
K: Reads blueprints and follows plumbing codes and permit requirements on every job.
K: Explains repair options and costs to customers and keeps work areas clean and safe.
S: plumbing-installation pipefitting drain-cleaning backflow-prevention water-heaters soldering-and-brazing plumbing-codes gas-piping blueprint-reading customer-service osha-safety power-tools
D: PLUMB BLUE SAFETY CUSTSERV

@ hvac-technician | HVAC Technician | Skilled Trades
R: An HVAC Technician installs, maintains and repairs heating, ventilation, air conditioning and refrigeration systems. They diagnose faults, handle refrigerants safely and keep systems efficient and comfortable.
A: HVAC Technician; HVAC Service Technician; HVAC Installer; HVAC/R Technician; HVAC Mechanic; Refrigeration Technician
K: Installs furnaces, air conditioners, heat pumps, ductwork and thermostats according to plans and building codes.
K: Performs preventive maintenance on HVAC equipment, including cleaning coils, changing filters and checking refrigerant charges.
K: Diagnoses electrical, mechanical and refrigerant problems using gauges, meters and manufacturer guidance.
K: Recovers, evacuates and charges refrigerants in compliance with EPA regulations.
K: Repairs or replaces compressors, motors, valves, controls and other faulty components.
K: Programs and troubleshoots building automation systems, zoning and thermostat controls on service calls.
K: Explains findings and recommendations to customers and records service details on work orders.
S: hvac-systems refrigeration-systems refrigerant-handling ductwork heat-pumps boiler-systems building-automation-systems epa-608 electrical-troubleshooting preventive-maintenance soldering-and-brazing multimeter customer-service hvac-load-calculation
D: HVAC MAINT SAFETY ELEC CUSTSERV

@ welder | Welder | Skilled Trades
R: A Welder joins metal parts using welding processes such as MIG, TIG and stick welding. They read drawings, prepare materials and produce strong, accurate welds that meet specifications and codes.
A: Welder; Welder Fabricator; Structural Welder; MIG Welder; TIG Welder; Pipe Welder
K: Welds steel, stainless steel and aluminum components using MIG, TIG, stick and flux-cored processes.
K: Reads blueprints and welding symbols to determine joint types, dimensions and weld specifications.
K: Prepares materials by cutting, grinding, beveling and fitting parts before welding.
K: Sets welding machine parameters for material type, thickness and welding position.
K: Inspects finished welds for defects and repairs them to meet code and quality standards.
K: Cuts metal with oxy-fuel and plasma equipment and fabricates assemblies to drawings.
K: Follows safety procedures for ventilation, fire prevention and personal protective equipment.
S: welding mig-welding tig-welding stick-welding flux-cored-welding metal-fabrication blueprint-reading welding-symbols oxy-fuel-cutting weld-inspection aws-certified-welder power-tools
D: WELD BLUE SAFETY QC

@ cnc-machinist | CNC Machinist | Skilled Trades
R: A CNC Machinist sets up and operates computer-controlled machine tools to produce precision parts. They read drawings, write or edit programs and inspect parts to tight tolerances.
A: CNC Machinist; CNC Operator; CNC Programmer; Machinist; CNC Machine Operator; CNC Setup Machinist
K: Sets up CNC mills and lathes, including fixtures, tooling, work offsets and tool offsets.
K: Reads engineering drawings and GD&T callouts to plan the sequence of machining operations.
K: Writes and edits G-code programs and uses CAM software to generate toolpaths.
K: Operates machines to produce parts, monitoring cutting conditions and adjusting feeds and speeds.
K: Inspects parts with calipers, micrometers, gauges and CMM reports to verify tolerances.
K: Performs first article inspection and documents measurements on inspection reports.
K: Performs routine machine maintenance and reports mechanical problems to maintenance staff.
S: cnc-machining cnc-programming g-code cnc-setup mastercam blueprint-reading gd-and-t precision-measurement manual-machining quality-inspection cmm nims-certification cad-cam
D: CNC QC BLUE CADD

@ carpenter | Carpenter | Skilled Trades
R: A Carpenter builds, installs and repairs structures and fixtures made of wood and other materials. They frame buildings, install doors, windows and trim, and work from plans to precise measurements.
A: Carpenter; Journeyman Carpenter; Finish Carpenter; Framing Carpenter; Construction Carpenter
K: Builds wall, floor and roof framing according to blueprints and building codes.
K: Measures, cuts and shapes lumber and sheet materials with hand and power tools.
K: Installs doors, windows, cabinets, stairs and interior trim to accurate measurements.
K: Builds concrete formwork and strips it after the concrete has cured.
K: Hangs and finishes drywall and repairs damaged walls and ceilings.
K: Reads construction drawings to determine dimensions, materials and the sequence of work.
K: Follows jobsite safety rules, including fall protection and safe use of ladders and scaffolds.
S: carpentry framing drywall concrete-formwork cabinet-installation power-tools blueprint-reading osha-safety osha-10 physical-stamina
D: CARP BLUE SAFETY

@ industrial-maintenance-technician | Industrial Maintenance Technician | Skilled Trades
R: An Industrial Maintenance Technician keeps production equipment running by inspecting, maintaining and repairing machinery. They troubleshoot mechanical, electrical, hydraulic and pneumatic problems and carry out preventive maintenance.
A: Industrial Maintenance Technician; Maintenance Technician; Maintenance Mechanic; Industrial Mechanic; Millwright
K: Performs scheduled preventive maintenance on production machinery, conveyors and plant utilities.
K: Troubleshoots mechanical, electrical, hydraulic and pneumatic failures and restores equipment to service.
K: Replaces bearings, belts, gearboxes, seals and other worn mechanical components.
K: Reads electrical schematics and troubleshoots motor controls, sensors and PLC inputs and outputs.
K: Records maintenance work and parts used in the computerized maintenance management system.
K: Follows lockout/tagout and other safety procedures before servicing any equipment.
K: Fabricates and welds simple brackets, parts and guards to support equipment repairs.
K: Recommends equipment improvements that reduce downtime and prevent repeat failures.
S: preventive-maintenance mechanical-troubleshooting hydraulic-systems pneumatic-systems electrical-troubleshooting plc-programming lockout-tagout cmms bearings-and-drives welding blueprint-reading motor-controls rigging forklift-operation
D: MAINT CONTROLS SAFETY BLUE ELEC PROB

@ automotive-technician | Automotive Technician | Skilled Trades
R: An Automotive Technician inspects, diagnoses and repairs cars and light trucks. They use diagnostic tools and service information to fix engines, brakes, electrical and other vehicle systems.
A: Automotive Technician; Auto Mechanic; Automotive Mechanic; Car Mechanic; Auto Technician
K: Performs vehicle inspections and routine maintenance such as oil changes, tire rotations and fluid services.
K: Diagnoses engine, transmission, electrical and emissions problems using scan tools and service information.
K: Repairs and replaces worn or damaged brake, suspension, steering and drivetrain components.
K: Tests and repairs vehicle electrical systems, including batteries, starters, alternators and wiring harnesses.
K: Explains needed repairs and estimates to service advisors and customers.
K: Services hybrid and electric vehicles following manufacturer high-voltage safety procedures.
K: Records work performed, parts used and test results on repair orders.
S: automotive-diagnostics brake-systems engine-repair automotive-electrical suspension-and-steering hybrid-and-ev-service ase-certification preventive-maintenance multimeter customer-service power-tools
D: AUTO MAINT SAFETY CUSTSERV

@ elementary-school-teacher | Elementary School Teacher | Education
R: An Elementary School Teacher teaches young children core subjects such as reading, writing, mathematics and science. They plan lessons, manage the classroom, assess progress and work with families to support each child's development.
A: Elementary School Teacher; Primary School Teacher; Elementary Teacher; Grade School Teacher; Classroom Teacher
K: Plans and delivers lessons in reading, writing, mathematics, science and social studies aligned with state standards.
K: Establishes classroom routines and behavior expectations that create a safe, positive learning environment.
K: Assesses student progress through observation, assignments and tests and adjusts instruction accordingly.
K: Differentiates instruction for students with varied abilities, learning needs and levels of English proficiency.
K: Communicates regularly with parents about student progress, behavior and ways to support learning at home.
K: Collaborates with special education staff to implement accommodations in students' IEPs.
K: Integrates educational technology and hands-on activities into lessons to engage young learners.
K: Maintains accurate attendance, grade and student records in the school information system.
S: lesson-planning classroom-management differentiated-instruction literacy-instruction mathematics-instruction formative-assessment parent-communication google-classroom child-development social-emotional-learning teaching-license
D: LESSON CLASS ASSESS DIFF SUBJECT

@ high-school-teacher | High School Teacher | Education
R: A High School Teacher teaches adolescents in a subject area such as mathematics, science or English. They plan units, deliver instruction, assess learning and prepare students for exams, further education and work.
A: High School Teacher; Secondary School Teacher; Secondary Teacher; Math Teacher; Science Teacher; English Teacher
K: Plans units and lessons in the assigned subject aligned with curriculum standards and exam requirements.
K: Delivers engaging instruction using discussion, labs, projects and direct teaching.
K: Designs and grades tests, essays and projects and gives timely, constructive feedback.
K: Manages classroom behavior and maintains an inclusive environment where students participate respectfully.
K: Uses student performance data to identify learning gaps and provide targeted support or enrichment.
K: Uses a learning management system to share materials, collect assignments and post grades.
K: Advises students on course selection and supports them in preparing for college and careers.
K: Collaborates with department colleagues on curriculum, common assessments and school events.
S: lesson-planning curriculum-development student-assessment classroom-management stem-education mathematics-instruction science-instruction canvas-lms google-classroom progress-monitoring teaching-license
D: LESSON SUBJECT ASSESS CLASS EDTECH

@ special-education-teacher | Special Education Teacher | Education
R: A Special Education Teacher plans and delivers instruction for students with disabilities and coordinates the supports they need to succeed. They write and implement individualized education programs and work closely with families and specialists.
A: Special Education Teacher; SPED Teacher; Special Needs Teacher; Learning Support Teacher; Resource Teacher
K: Develops and implements individualized education programs with measurable goals for each student.
K: Adapts curriculum, materials and assessments to meet the learning needs of students with disabilities.
K: Monitors progress toward IEP goals and reports results to families and the IEP team.
K: Implements behavior intervention plans and positive behavior supports in the classroom.
K: Coordinates with general education teachers, therapists and paraprofessionals to deliver accommodations.
K: Leads IEP meetings and maintains the documentation required by special education law.
K: Teaches social, communication and life skills in small-group and individual settings.
S: special-education individualized-education-programs differentiated-instruction applied-behavior-analysis behavior-intervention-plans progress-monitoring classroom-management parent-communication special-education-certification social-emotional-learning
D: SPED DIFF ASSESS CLASS

@ instructional-designer | Instructional Designer | Education
R: An Instructional Designer creates effective learning experiences, from online courses to blended training programs. They analyze learning needs, design course structures and build engaging content with authoring tools.
A: Instructional Designer; Learning Designer; E-Learning Developer; Learning Experience Designer; Curriculum Designer
K: Analyzes learning needs, audiences and performance goals with subject matter experts and stakeholders.
K: Designs course structures, learning objectives and assessments using ADDIE or similar instructional models.
K: Develops interactive e-learning modules in Articulate Storyline, Rise or Adobe Captivate.
K: Writes scripts, storyboards and job aids that present content clearly and concisely.
K: Publishes SCORM packages to the learning management system and tests them for correct tracking.
K: Evaluates course effectiveness with learner feedback, assessment results and completion data.
K: Produces video and multimedia learning content together with designers and video editors.
S: instructional-design addie-model articulate-storyline adobe-captivate e-learning-development scorm learning-management-systems adult-learning video-editing curriculum-development
D: IDESIGN EDTECH LND MEDIA ASSESS

@ teaching-assistant | Teaching Assistant | Education
R: A Teaching Assistant supports teachers and students in the classroom. They work with individuals and small groups, help manage the classroom and prepare materials so students can learn effectively.
A: Teaching Assistant; Teacher Assistant; Paraprofessional; Classroom Aide; Instructional Aide
K: Works with individual students and small groups to reinforce lessons planned by the classroom teacher.
K: Supports students with special needs according to their individualized education programs.
K: Helps maintain classroom routines and supervises students during lessons, lunch and recess.
K: Prepares instructional materials, classroom displays and other learning resources for upcoming lessons.
K: Observes and records student progress and behavior and shares these observations with the teacher.
K: Assists students in using classroom technology and learning software during lessons.
S: tutoring classroom-management special-education literacy-instruction child-development student-engagement communication-skills google-classroom
D: CLASS DIFF SPED

@ university-lecturer | University Lecturer | Education
R: A University Lecturer teaches undergraduate and graduate courses in an academic discipline and contributes to research and scholarship. They design courses, assess students, supervise projects and publish their work.
A: University Lecturer; Lecturer; Assistant Professor; Adjunct Professor; College Instructor; Professor
K: Designs and delivers lectures, seminars and labs for undergraduate and graduate courses in the discipline.
K: Develops course syllabi, reading lists, assignments and examinations aligned with program learning outcomes.
K: Grades student work and provides feedback that helps students improve their understanding.
K: Supervises student research projects, theses and dissertations from proposal to completion.
K: Conducts original research and publishes findings in peer-reviewed journals and at conferences.
K: Prepares grant proposals to secure external funding for research projects.
K: Advises students on academic progress, course choices and career paths.
K: Serves on departmental committees and contributes to curriculum review and accreditation.
S: lecturing curriculum-development academic-research grant-writing student-assessment academic-advising presentation-skills canvas-lms blackboard-learn online-teaching
D: RESEARCH SUBJECT ASSESS LESSON EDTECH

@ corporate-trainer | Corporate Trainer | Education
R: A Corporate Trainer delivers training that helps employees learn new skills, systems and processes. They facilitate engaging sessions, adapt materials for adult learners and evaluate whether training changed performance.
A: Corporate Trainer; Technical Trainer; Training Facilitator; Sales Trainer; Workplace Trainer
K: Delivers classroom and virtual training sessions on products, systems, processes and professional skills.
K: Adapts training materials and exercises to the experience levels and business needs of each audience.
K: Facilitates discussions, role plays and hands-on practice that build job skills.
K: Assesses learner understanding through quizzes, demonstrations and feedback and follows up on gaps.
K: Maintains training records and reports attendance and completion to managers.
K: Updates training content whenever products, systems or company policies change.
K: Coaches new employees during onboarding and through their first weeks on the job.
S: training-facilitation adult-learning presentation-skills learning-management-systems microsoft-powerpoint mentoring employee-onboarding online-teaching training-needs-analysis communication-skills
D: LND COMM EDTECH ASSESS OFFICE
"""

ROLE_SECTIONS = (ROLES_ENGINEERING + ROLES_DATA_PRODUCT_IT + ROLES_BUSINESS
                 + ROLES_CARE_TRADES_EDUCATION + ROLES_LATE_ENGINEERING)

NATURES = {
    "CONCEPT", "TOOL", "LANGUAGE", "FRAMEWORK", "PLATFORM", "METHODOLOGY",
    "SOFT_SKILL", "DOMAIN", "CERTIFICATION",
}
VOLATILITY = {"S": "STABLE", "M": "MODERATE", "V": "VOLATILE"}
LIFESPAN = {"E": "EVERGREEN", "L": "LONG", "M": "MEDIUM", "S": "SHORT"}
ALIAS_TYPES = {"A": "ABBREVIATION", "S": "SYNONYM", "V": "VARIANT", "M": "MISSPELLING"}


class TableError(ValueError):
    pass


def _letters(text):
    """Lower-case letters, digits, '+' and '#' only (for type inference)."""
    return "".join(c for c in text.lower() if c.isalnum() or c in "+#")


def infer_alias_type(alias, display):
    a, d = _letters(alias), _letters(display)
    if a == d or a in (d + "s", d + "es") or d in (a + "s", a + "es"):
        return "VARIANT"
    letters = [c for c in alias if c.isalpha()]
    if (letters and all(c.isupper() for c in letters)
            and len(alias.replace(" ", "")) <= 7 and len(alias) < len(display)):
        return "ABBREVIATION"
    return "SYNONYM"


def parse_alias(token, display):
    match = "CASE_INSENSITIVE"
    if token.startswith("="):
        match, token = "CASE_SENSITIVE", token[1:]
    elif token.startswith("!"):
        match, token = "EXACT", token[1:]
    atype = None
    m = re.match(r"^(.*)~([ASVM])$", token)
    if m:
        token, atype = m.group(1), ALIAS_TYPES[m.group(2)]
    token = token.strip()
    if not token:
        raise TableError("empty alias")
    return {"text": token, "type": atype or infer_alias_type(token, display), "match": match}


def parse_options(text):
    opts = {}
    for tok in text.split():
        if "=" in tok:
            k, v = tok.split("=", 1)
            opts[k] = v
        else:
            opts[tok] = True
    return opts


def dim_codes(text, codes):
    out = []
    for code in text.split():
        if code not in codes:
            raise TableError("unknown dimension code %r" % code)
        slug = codes[code]
        if slug not in out:
            out.append(slug)
    return out


def build_dimensions():
    dims, codes = [], {}
    for line in DIMENSIONS.strip().splitlines():
        code, slug, display, hint, rationale = [p.strip() for p in line.split("|")]
        if code in codes:
            raise TableError("duplicate dimension code %s" % code)
        codes[code] = slug
        dims.append({
            "kind": "dimension", "slug": slug, "display_name": display,
            "difficulty_hint": hint, "rationale": rationale,
        })
    return dims, codes


def build_skills(codes):
    skills = []
    category, defaults, default_dims = None, {}, []
    for lineno, raw in enumerate(SKILL_SECTIONS.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        try:
            if line.startswith("#"):
                parts = [p.strip() for p in line[1:].split("|")]
                category = parts[0]
                defaults = parse_options(parts[1])
                default_dims = dim_codes(parts[2], codes)
                continue
            parts = [p.strip() for p in line.split("|")]
            if len(parts) != 6:
                raise TableError("expected 6 fields, got %d" % len(parts))
            slug, display, sub, dims, aliases, opts_text = parts
            opts = dict(defaults)
            opts.update(parse_options(opts_text))
            nature = opts.get("n", "CONCEPT")
            if nature not in NATURES:
                raise TableError("bad nature %r" % nature)
            canonical = {
                "text": display, "type": "CANONICAL",
                "match": "CASE_SENSITIVE" if opts.get("cs") else "CASE_INSENSITIVE",
            }
            alias_list = [canonical]
            for tok in aliases.split(";"):
                if tok.strip():
                    alias_list.append(parse_alias(tok.strip(), display))
            skills.append({
                "kind": "skill",
                "slug": slug,
                "display_name": display,
                "category": category,
                "sub_category": sub,
                "skill_nature": nature,
                "volatility": VOLATILITY[opts.get("v", "S")],
                "typical_lifespan": LIFESPAN[opts.get("l", "L")],
                "is_extractable": not opts.get("nx", False),
                "is_also_category": bool(opts.get("cat", False)),
                "external_id": None,
                "ai_related": bool(opts.get("ai", False)),
                "aliases": alias_list,
                "dimensions": dim_codes(dims, codes) if dims else list(default_dims),
            })
        except (TableError, KeyError, IndexError) as exc:
            raise TableError("skill table line %d (%s): %s" % (lineno, line[:60], exc))
    return skills


def build_roles(codes):
    roles, cur = [], None
    for lineno, raw in enumerate(ROLE_SECTIONS.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        try:
            if line.startswith("@"):
                slug, display, archetype = [p.strip() for p in line[1:].split("|")]
                cur = {
                    "kind": "role", "slug": slug, "display_name": display,
                    "role_archetype": archetype, "rationale": None,
                    "external_id": None, "aliases": [], "kras": [],
                    "ai_related_kras": [], "skills": [], "dimensions": [],
                }
                roles.append(cur)
                continue
            tag, _, value = line.partition(":")
            value = value.strip()
            if cur is None:
                raise TableError("field before any role")
            if tag == "R":
                cur["rationale"] = value
            elif tag == "A":
                cur["aliases"] = [a.strip() for a in value.split(";") if a.strip()]
            elif tag in ("K", "KA"):
                if tag == "KA":
                    cur["ai_related_kras"].append(len(cur["kras"]))
                cur["kras"].append(value)
            elif tag == "S":
                cur["skills"] = value.split()
            elif tag == "D":
                cur["dimensions"] = dim_codes(value, codes)
            else:
                raise TableError("unknown field %r" % tag)
        except (TableError, ValueError) as exc:
            raise TableError("role table line %d (%s): %s" % (lineno, line[:60], exc))
    return roles


def build():
    dims, codes = build_dimensions()
    skills = build_skills(codes)
    roles = build_roles(codes)
    return [dict(META)] + dims + skills + roles


def render(records):
    return "".join(
        json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records
    )


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    out = argv[1] if len(argv) > 1 else os.path.join(here, "..", "data", "starter-catalog.jsonl")
    text = render(build())
    if out == "-":
        sys.stdout.write(text)
        return 0
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    counts = {}
    for line in text.splitlines():
        kind = json.loads(line)["kind"]
        counts[kind] = counts.get(kind, 0) + 1
    sys.stderr.write("wrote %s: %s\n" % (os.path.normpath(out), ", ".join(
        "%d %s" % (counts[k], k) for k in ("meta", "dimension", "skill", "role") if k in counts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
